// Entry points: a Weibo link's landing page leads to the product and the visit is credited to
// weibo and its campaign (and, once the order feature is merged, so is the order it leads to);
// a Moments single-page view cannot buy; a Mini Program code opens its product; broken links
// get a plain page.
import { DEMO_MERCHANT_OPENID, DEMO_STORE_ID } from '../../cloud/seed/demo-store'
import type { Page } from 'playwright-core'
import { expectEqual, expectTrue, scenario, type E2EContext } from './harness'

const WEIBO_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ' +
  'Weibo (iPhone15,2__weibo__13.9.0__iphone__os17.0)'

async function demoProduct(ctx: E2EContext, title = '羊毛针织围巾') {
  const page = await ctx.api('catalog', 'listProducts', { storeId: DEMO_STORE_ID, limit: 50 })
  const product = page.items.find((p: any) => p.title === title)
  expectTrue(product, `demo product ${title} exists`)
  return product
}

/** The visit the app keeps for checkout (persisted by the entry store in Taro storage). */
async function storedVisitId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    // Arrivals are kept per identity (src/store/personal-storage.ts): read the current one's.
    const session = localStorage.getItem('xiaodian.session')
    const openid = session ? JSON.parse(JSON.parse(session).data).state.devOpenid : ''
    const raw = localStorage.getItem(`xiaodian.entry@${openid}`)
    if (!raw) return undefined
    const state = JSON.parse(JSON.parse(raw).data).state
    return (state.credited ?? state.latest)?.visitId
  })
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

export default [
  scenario('Weibo landing page (campaign spring) → tap through → product; the visit is weibo/spring, and so is the order', async (ctx) => {
    const product = await demoProduct(ctx)
    const link = await ctx.api('entry', 'createLink', { storeId: DEMO_STORE_ID, productId: product.id, campaign: 'spring', channel: 'weibo' }, DEMO_MERCHANT_OPENID)
    expectTrue(link.landingUrl, 'the link has a landing page')

    const shopper = 'e2e-weibo-shopper'
    const page = await ctx.newPage({ openid: shopper })
    await page.goto(link.landingUrl)
    await page.locator('.landing__open').waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.landing__title').textContent(), product.title, 'landing shows the product')
    expectEqual(await page.locator('.landing__link-url').textContent(), link.url, 'the link is shown to copy')
    await ctx.screenshot(page, 'entry-landing')

    await page.locator('.landing__open').click()
    await page.locator('.product__title').waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.product__title').textContent(), product.title, 'the link opens the product')
    expectTrue((await page.locator('.product__buy-button').count()) === 1, 'a normal visit can buy')

    const visitId = await waitFor('the visit to be recorded', () => storedVisitId(page))
    const visits = await ctx.api('entry', 'listVisits', { storeId: DEMO_STORE_ID, source: 'weibo' }, DEMO_MERCHANT_OPENID)
    const visit = visits.items.find((v: any) => v.id === visitId)
    expectTrue(visit, 'the visit the app keeps is recorded for the store')
    expectEqual([visit.source, visit.campaign, visit.productId, visit.code], ['weibo', 'spring', product.id, link.id], 'visit attribution')
    // The landing page itself is a web page, not a Mini Program visit.
    expectEqual(visits.items.filter((v: any) => v.code === link.id).length, 1, 'one visit for the link')

    // order.create copies the visit's entry when the app passes visitId.
    const sku = product.skus.find((s: any) => s.stock > 0)
    const order = await ctx.api(
      'order',
      'create',
      {
        storeId: DEMO_STORE_ID,
        items: [{ skuId: sku.id, quantity: 1 }],
        delivery: 'express',
        address: { userName: '张三', telNumber: '13800000000', provinceName: '浙江省', cityName: '杭州市', countyName: '西湖区', detailInfo: '文三路 1 号' },
        idempotencyKey: `e2e-weibo-${Date.now()}`,
        visitId,
      },
      shopper,
    )
    await ctx.api('payment', 'simulate', { orderId: order.id }, shopper)
    const paid = await ctx.api('order', 'get', { orderId: order.id }, shopper)
    expectEqual([paid.status, paid.entry?.source, paid.entry?.campaign], ['paid', 'weibo', 'spring'], 'the paid order carries the entry')
  }),

  scenario('Weibo’s in-app browser: the landing page shows the 用浏览器打开 guide instead of failing', async (ctx) => {
    const product = await demoProduct(ctx)
    const link = await ctx.api('entry', 'createLink', { storeId: DEMO_STORE_ID, productId: product.id, campaign: 'spring', channel: 'weibo' }, DEMO_MERCHANT_OPENID)
    const page = await ctx.newPage({ userAgent: WEIBO_UA })
    await page.goto(link.landingUrl)
    await page.locator('.landing__guide-banner').waitFor({ timeout: 15_000 })
    expectTrue((await page.locator('.landing__guide-banner').textContent())?.includes('用浏览器打开'), 'the banner names 用浏览器打开')
    await page.locator('.landing__open').click()
    await page.locator('.landing__guide').waitFor({ timeout: 5_000 })
    expectTrue(page.url().includes('/packages/entry/pages/landing/index'), 'Weibo stays on the landing page')
    expectTrue(await page.locator('.landing__copy').isVisible(), 'the link can still be copied')
    await ctx.screenshot(page, 'entry-landing-weibo')
  }),

  scenario('a product opened from Moments (1154) is read-only: no buy button, the 前往小程序 hint', async (ctx) => {
    const product = await demoProduct(ctx)
    const page = await ctx.newPage({ openid: 'e2e-moments-viewer' })
    // H5 has no scene numbers: wxscene stands in for the one WeChat would launch with.
    await page.goto(`${ctx.baseUrl}/pages/product/index?id=${product.id}&src=moments&sharer=e2e-sharer&wxscene=1154`)
    await page.locator('.product__title').waitFor({ timeout: 15_000 })
    await page.locator('.browse-only-bar').waitFor({ timeout: 5_000 })
    expectEqual(await page.locator('.product__buy-button').count(), 0, 'buy buttons')
    expectEqual(await page.locator('.product__cart-button').count(), 0, 'cart buttons')
    expectEqual(await page.locator('.share-poster-button').count(), 0, 'poster button')
    expectTrue((await page.locator('.browse-only-bar').textContent())?.includes('前往小程序'), 'the hint names 前往小程序')
    await ctx.screenshot(page, 'entry-moments')
    const visitId = await waitFor('the visit to be recorded', () => storedVisitId(page))
    const visits = await ctx.api('entry', 'listVisits', { storeId: DEMO_STORE_ID, source: 'moments' }, DEMO_MERCHANT_OPENID)
    const visit = visits.items.find((v: any) => v.id === visitId)
    expectEqual([visit?.source, visit?.scene, visit?.sharer], ['moments', 1154, 'e2e-sharer'], 'the Moments visit and its sharer')
  }),

  scenario('a Mini Program code (local twin): a real PNG that opens its product, credited to the code’s campaign; the poster draws', async (ctx) => {
    const product = await demoProduct(ctx, '手工陶瓷马克杯')
    const code = await ctx.api('entry', 'createQrCode', { storeId: DEMO_STORE_ID, productId: product.id, campaign: '门店收银台' }, DEMO_MERCHANT_OPENID)
    const png = await fetch(ctx.baseUrl + code.image)
    expectEqual([png.status, png.headers.get('content-type')], [200, 'image/png'], 'the code picture')
    const bytes = Buffer.from(await png.arrayBuffer())
    expectEqual(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'PNG signature')

    // What scanning the local code opens: the page with the scene, as WeChat passes it.
    const page = await ctx.newPage({ openid: 'e2e-scanner' })
    await page.goto(`${ctx.baseUrl}/${code.path}?scene=${encodeURIComponent(code.scene)}`)
    await page.locator('.product__title').waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.product__title').textContent(), product.title, 'the code opens its product')
    const visitId = await waitFor('the visit to be recorded', () => storedVisitId(page))
    const visits = await ctx.api('entry', 'listVisits', { storeId: DEMO_STORE_ID, source: 'wxacode' }, DEMO_MERCHANT_OPENID)
    const visit = visits.items.find((v: any) => v.id === visitId)
    expectEqual([visit?.campaign, visit?.code], ['门店收银台', code.id], 'the scan is credited to the code')

    await page.locator('.share-poster-button').click()
    await page.locator('.share-poster__image').waitFor({ timeout: 15_000 })
    const src = await page.locator('.share-poster__image img').getAttribute('src')
    expectTrue(src?.startsWith('data:image/png;base64,'), 'the poster is a PNG image')
    await ctx.screenshot(page, 'entry-poster')
  }),

  scenario('expired, unknown and broken links each get a plain page', async (ctx) => {
    const page = await ctx.newPage()
    // A link past its expiry, as the local URL Link twin issues them.
    const expired = Buffer.from(JSON.stringify({ page: 'pages/home/index', query: 'storeId=demo', expires: 1 })).toString('base64url')
    await page.goto(`${ctx.baseUrl}/wxaurl/${expired}`)
    await page.locator('.landing__gone-title').waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.landing__gone-title').textContent(), '链接已过期', 'expired link')
    await ctx.screenshot(page, 'entry-link-expired')

    await page.goto(`${ctx.baseUrl}/packages/entry/pages/landing/index?c=nosuchlink`)
    await page.locator('.landing__gone-title').waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.landing__gone-title').textContent(), '链接不存在或已失效', 'unknown link')

    await page.goto(`${ctx.baseUrl}/pages/product/index?scene=${encodeURIComponent('p=%E0%A4%A')}`)
    await page.locator('.state-view__title').waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.state-view__title').textContent(), '商品链接无效', 'broken code scene')
  }),
]
