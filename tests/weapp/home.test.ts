// The compiled store home in miniprogram-simulate: products from the cloud render through the
// windowed grid, whose selector query (WeChat's, twinned in selector-query-twin.ts) runs on ready.
// Run after `npm run build:weapp`: `npm run test:weapp`.
import type { Product } from '../../src/domain/catalog'
import { assertBuilt, loadWeappPage } from './simulate-env'

assertBuilt()

function product(n: number): Product {
  return {
    id: `p${n}`,
    storeId: 'demo',
    title: `手作商品${n}号`,
    description: '',
    images: [],
    hashtags: [],
    brandHashtags: [],
    status: 'on_sale',
    skus: [{ id: `s${n}`, specs: {}, price: 1000 + n, stock: 5 }],
    version: 1,
    createdAt: '2026-11-25T12:00:00.000Z',
    updatedAt: '2026-11-25T12:00:00.000Z',
  } as Product
}

/** A wx.cloud whose catalog.listProducts answers `items`; every other list is empty. */
function cloudWithProducts(items: Product[], calls: string[]) {
  return {
    init() {},
    async callFunction({ name, data }: { name: string; data: { action: string } }) {
      calls.push(`${name}.${data.action}`)
      if (name === 'catalog' && data.action === 'listProducts') return { result: { ok: true, data: { items, nextCursor: null } } }
      return { result: { ok: true, data: { items: [], nextCursor: null } } }
    },
  }
}

describe('store home on weapp', () => {
  // Taro catches errors thrown in its after-render callbacks (nextTick) and logs them.
  let consoleErrors: jest.SpyInstance
  beforeEach(() => { consoleErrors = jest.spyOn(console, 'error') })
  afterEach(() => consoleErrors.mockRestore())

  it('renders the products the cloud returned, windowed, with no render error', async () => {
    const calls: string[] = []
    const page = await loadWeappPage('pages/home/index', { wx: { cloud: cloudWithProducts([1, 2, 3].map(product), calls) } })
    const html = await page.waitFor((h) => h.includes('手作商品3号'))
    expect(calls).toContain('catalog.listProducts')
    for (const n of [1, 2, 3]) expect(html).toContain(`手作商品${n}号`)
    expect(html).toContain('¥10.01')
    // Let the grid's after-render selector query answer, then check nothing threw or was logged.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(page.errors).toEqual([])
    expect(consoleErrors.mock.calls).toEqual([])
  })

  it('shows the empty state for a store without products', async () => {
    const page = await loadWeappPage('pages/home/index', { wx: { cloud: cloudWithProducts([], []) } })
    const html = await page.waitFor((h) => h.includes('店铺还没有上架商品'))
    expect(html).not.toContain('product-card')
    expect(page.errors).toEqual([])
  })
})
