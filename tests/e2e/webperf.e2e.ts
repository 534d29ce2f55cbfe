// A link opened from Weibo or a chat: the server writes the product's title and Open Graph tags
// into the page, then the app takes over under the same Content-Security-Policy (the harness
// fails on anything it blocks). The photo a crawler and a screen reader see is named.
import { DEMO_STORE_ID } from '../../cloud/seed/demo-store'
import { expectEqual, expectTrue, scenario } from './harness'

export default [
  scenario('a product link carries its Open Graph card, then the app shows the product with named photos', async (ctx) => {
    const products = await ctx.api('catalog', 'listProducts', { storeId: DEMO_STORE_ID, limit: 50 })
    const product = products.items.find((p: any) => p.title === '羊毛针织围巾')
    expectTrue(product, 'demo product exists')
    const url = `${ctx.baseUrl}/pages/product/index?id=${product.id}`

    const html = await (await fetch(url)).text()
    expectTrue(html.includes(`<meta property="og:title" content="${product.title} - 山野小店">`), 'server-written og:title')
    expectTrue(/<meta property="og:image" content="http:\/\/[^"]+\/files\/demo\/[^"]+">/.test(html), 'absolute og:image')

    const page = await ctx.newPage()
    await page.goto(url)
    await page.locator('.product__title').waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.product__title').textContent(), product.title, 'the app took over and shows the product')
    const first = page.locator('.product__image img').first()
    expectEqual(await first.getAttribute('alt'), product.title, 'the photo is named')
    expectEqual(await first.getAttribute('fetchpriority'), 'high', 'the first photo loads first')
    expectEqual(await page.locator('meta[name="viewport"]').getAttribute('content'), 'width=device-width,initial-scale=1', 'the page can be zoomed')
    await page.waitForTimeout(400)
    await ctx.screenshot(page, 'webperf-product')
  }),
]
