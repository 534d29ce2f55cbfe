// The compiled 接龙 page in miniprogram-simulate: once the 接龙 has loaded, its chat card's
// picture (goods with prices, the lowest price, how many joined) is painted on the page's
// hidden 2D canvas (WeChat's canvas node, twinned in canvas-twin.ts) and exported, and the
// share card answers that file as its imageUrl; if painting fails, the first goods photo.
// Run after `npm run build:weapp`: `npm run test:weapp`.
import type { Jielong } from '../../src/domain/jielong'
import type { DrawnText } from './canvas-twin'
import { assertBuilt, loadWeappPage } from './simulate-env'

assertBuilt()
jest.setTimeout(60_000)

const PAGE = 'packages/jielong/pages/detail/index'

const jielong: Jielong = {
  id: 'j1',
  storeId: 's1',
  storeName: '果园小店',
  title: '周六草莓接龙',
  intro: '',
  items: [
    { skuId: 'a', productId: 'p1', title: '草莓 一斤', spec: '一斤', image: '/files/berry.png', price: 1990, stock: 20, sold: 3, limitPerPerson: null },
    { skuId: 'b', productId: 'p1', title: '草莓 半斤', spec: '半斤', image: '/files/berry.png', price: 990, stock: 20, sold: 1, limitPerPerson: null },
    { skuId: 'c', productId: 'p2', title: '蓝莓', spec: '', image: '/files/blue.png', price: 1500, stock: 5, sold: 0, limitPerPerson: 2 },
  ],
  endAt: new Date(Date.now() + 86_400_000).toISOString(),
  closedAt: null,
  status: 'open',
  delivery: 'pickup',
  pickupPoints: [{ id: 'p', name: '东门', address: '幸福小区东门' }],
  participants: 3,
  recent: [],
  createdAt: new Date().toISOString(),
}

/** WeChat as the page meets it: the cloud answers the 接龙; pictures download; canvas exports are recorded. */
function platform(options: { exportFails?: boolean } = {}) {
  const exported: Array<{ path: string; width: number; height: number; texts: DrawnText[]; pictures: string[] }> = []
  const downloaded: string[] = []
  const wx: Record<string, unknown> = {
    cloud: {
      init() {},
      async callFunction({ name, data }: { name: string; data: { action: string } }) {
        if (name === 'jielong' && data.action === 'get') return { result: { ok: true, data: jielong } }
        return { result: { ok: true, data: { items: [], nextCursor: null } } }
      },
    },
    getImageInfo(o: { src: string; success?: (res: unknown) => void; complete?: (res: unknown) => void }) {
      downloaded.push(o.src)
      const res = { path: `wxfile://tmp/${o.src.split('/').pop()}`, width: 800, height: 800, errMsg: 'getImageInfo:ok' }
      o.success?.(res)
      o.complete?.(res)
    },
    canvasToTempFilePath(o: { canvas: { width: number; height: number; texts: DrawnText[]; pictures: string[] }; success?: (res: unknown) => void; fail?: (res: unknown) => void; complete?: (res: unknown) => void }) {
      if (options.exportFails) {
        const res = { errMsg: 'canvasToTempFilePath:fail canvas is empty' }
        o.fail?.(res)
        o.complete?.(res)
        return
      }
      const { canvas } = o
      const path = `wxfile://tmp/card-${exported.length + 1}.png`
      exported.push({ path, width: canvas.width, height: canvas.height, texts: canvas.texts, pictures: canvas.pictures })
      const res = { tempFilePath: path, errMsg: 'canvasToTempFilePath:ok' }
      o.success?.(res)
      o.complete?.(res)
    },
  }
  return { wx, exported, downloaded }
}

async function until(ok: () => boolean, what: string, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('the 接龙 chat card on weapp', () => {
  it('paints the goods, their prices and how many joined, and shares that picture', async () => {
    const twin = platform()
    const page = await loadWeappPage(PAGE, { query: { id: 'j1' }, wx: twin.wx })
    await page.waitFor((html) => html.includes('周六草莓接龙') && html.includes('蓝莓'))
    await until(() => twin.exported.length === 1, 'the card picture')
    const [card] = twin.exported
    // 5:4, drawn at twice the card's 500 × 400.
    expect([card.width, card.height]).toEqual([1000, 800])
    expect(card.texts.map((t) => t.text)).toEqual(expect.arrayContaining(['¥9.90', '¥15.00', '¥9.90起', '已有 3 人参加', '接龙进行中，点开参加']))
    // Both SKUs of the strawberries share one photo: two tiles, each photo downloaded once.
    expect(card.pictures).toEqual(['wxfile://tmp/berry.png', 'wxfile://tmp/blue.png'])
    expect(twin.downloaded.filter((src) => src.endsWith('/files/berry.png'))).toHaveLength(1)

    const share = page.comp.instance.onShareAppMessage({ from: 'menu' })
    expect(share.imageUrl).toBe(card.path)
    expect(share.title).toContain('已有3人参加')
    expect(share.path).toContain('src=jielong')
    expect(page.errors).toEqual([])
  })

  it('when the picture cannot be painted, the card shows the first goods photo', async () => {
    const twin = platform({ exportFails: true })
    const page = await loadWeappPage(PAGE, { query: { id: 'j1' }, wx: twin.wx })
    await page.waitFor((html) => html.includes('周六草莓接龙'))
    await until(() => twin.downloaded.length > 0, 'the painting to start')
    await new Promise((resolve) => setTimeout(resolve, 100))
    const share = page.comp.instance.onShareAppMessage({ from: 'menu' })
    expect(share.imageUrl).toMatch(/\/files\/berry\.png$/)
    expect(page.errors).toEqual([])
  })
})
