// A web visitor's hand-off in the compiled Mini Program: launched with the URL Link's query
// (src=weibo, campaign, cq=<code>), the app records the visit with that query and then opens
// the hand-off page, which restores the SKU and quantity into checkout.
// Run after `npm run build:weapp`.
import { assertBuilt, loadWeappPage } from './simulate-env'

assertBuilt()

const CODE = 'AbCdEf123456'

function cloud(calls: Array<{ name: string; action: string; data: any }>) {
  return {
    init() {},
    async callFunction({ name, data }: { name: string; data: { action: string; data: any } }) {
      calls.push({ name, action: data.action, data: data.data })
      if (name === 'entry' && data.action === 'recordVisit') {
        return { result: { ok: true, data: { visitId: 'v1', entry: { source: 'weibo', campaign: 'spring', storeId: 'demo', productId: 'p1' }, sharer: 'me' } } }
      }
      if (name === 'entry' && data.action === 'openHandoff') {
        return {
          result: {
            ok: true,
            data: {
              storeId: 'demo', storeName: '山野小店', productId: 'p1', page: 'pages/product/index',
              lines: [{ skuId: 's2', productId: 'p1', title: '羊毛围巾', image: '', specs: { 颜色: '红' }, price: 8800, quantity: 3 }],
            },
          },
        }
      }
      return { result: { ok: true, data: { items: [], nextCursor: null } } }
    },
  }
}

describe('hand-off on weapp', () => {
  it('launching with the link query records the weibo visit, then opens the hand-off page', async () => {
    const calls: Array<{ name: string; action: string; data: any }> = []
    const navigations: string[] = []
    const page = await loadWeappPage('pages/product/index', {
      query: { id: 'p1', src: 'weibo', campaign: 'spring', cq: CODE },
      wx: { cloud: cloud(calls), navigateTo: (o: { url: string; success?: () => void }) => { navigations.push(o.url); o.success?.() } },
    })
    const until = Date.now() + 3000
    while (navigations.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20))
    const visit = calls.find((c) => c.action === 'recordVisit')
    expect(visit?.data.query).toMatchObject({ src: 'weibo', campaign: 'spring', cq: CODE })
    expect(navigations).toEqual([`/packages/order/pages/handoff/index?code=${CODE}`])
    expect(page.errors).toEqual([])
  })

  it('the hand-off page puts the SKU and quantity into checkout and goes there', async () => {
    const calls: Array<{ name: string; action: string; data: any }> = []
    const redirects: string[] = []
    // The device's storage, where the checkout store keeps its draft for the checkout page.
    const storage = new Map<string, unknown>()
    const page = await loadWeappPage('packages/order/pages/handoff/index', {
      query: { code: CODE },
      wx: {
        cloud: cloud(calls),
        redirectTo: (o: { url: string; success?: () => void }) => { redirects.push(o.url); o.success?.() },
        setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
        getStorageSync: (key: string) => storage.get(key) ?? '',
        removeStorageSync: (key: string) => void storage.delete(key),
      },
    })
    const until = Date.now() + 3000
    while (redirects.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20))
    expect(calls.find((c) => c.action === 'openHandoff')?.data).toEqual({ code: CODE })
    expect(redirects).toEqual(['/packages/order/pages/checkout/index'])
    const saved = [...storage.entries()].find(([key]) => key.startsWith('xiaodian.checkout'))
    expect(saved).toBeDefined()
    expect(JSON.parse(saved![1] as string).state.draft).toMatchObject({
      source: 'buy_now',
      storeId: 'demo',
      lines: [{ skuId: 's2', productId: 'p1', quantity: 3, price: 8800 }],
    })
    expect(page.errors).toEqual([])
  })
})
