// Growth links and the look of the pages around them, on a 390 × 844 phone: the 推广码与链接 page
// shows a 小程序码 as a picture and a link as a short /l/<code> URL that opens the landing page
// (an unknown code gets a Chinese page); the poster's and landing page's buttons are styled;
// the order lists' tabs fit at 360 and 390 px; console tiles and 我的 order shortcuts show icons.
import type { Page } from 'playwright-core'
import { DEMO_MERCHANT_OPENID, DEMO_STORE_ID } from '../../cloud/seed/demo-store'
import { expectEqual, expectTrue, scenario, type E2EContext } from './harness'

const PHONE = { width: 390, height: 844 }

async function phonePage(ctx: E2EContext, openid?: string, width = PHONE.width): Promise<Page> {
  const page = await ctx.newPage({ openid })
  await page.setViewportSize({ width, height: PHONE.height })
  return page
}

/** Whether every <img> under `selector` has loaded a picture. */
async function imagesLoaded(page: Page, selector: string): Promise<boolean[]> {
  return page.locator(`${selector} img`).evaluateAll((images) =>
    images.map((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
  )
}

/** background, border width and corner radius of an element, as the browser draws it. */
async function buttonLook(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((el) => {
    const style = getComputedStyle(el)
    return { background: style.backgroundColor, border: style.borderTopWidth, radius: parseFloat(style.borderTopLeftRadius), align: style.textAlign }
  })
}

export default [
  scenario('growth: 推广码与链接: a 小程序码 shows as its picture, a Weibo link as a short /l/ URL that opens the landing page', async (ctx) => {
    const code = await ctx.api('entry', 'createQrCode', { storeId: DEMO_STORE_ID, campaign: '收银台' }, DEMO_MERCHANT_OPENID)
    const link = await ctx.api('entry', 'createLink', { storeId: DEMO_STORE_ID, campaign: '微博', channel: 'weibo' }, DEMO_MERCHANT_OPENID)
    expectTrue(typeof link.shortUrl === 'string' && link.shortUrl.startsWith(`${ctx.baseUrl}/l/`), `a short link is handed out: ${link.shortUrl}`)
    expectTrue(/^[A-Za-z0-9_-]{1,12}$/.test(link.shortUrl.slice(`${ctx.baseUrl}/l/`.length)), 'the code is at most 12 url-safe characters')

    const page = await phonePage(ctx, DEMO_MERCHANT_OPENID)
    await page.goto(`${ctx.baseUrl}/packages/merchant/pages/growth/index?storeId=${DEMO_STORE_ID}`)
    await page.locator('.growth-code__qr img').first().waitFor({ timeout: 15_000 })
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.growth-code__qr img')).every((img) => (img as HTMLImageElement).naturalWidth > 0), undefined, { timeout: 10_000 })
    expectTrue((await imagesLoaded(page, '.growth-code__qr')).every(Boolean), 'the code picture loads')
    const src = await page.locator('.growth-code__qr img').first().getAttribute('src')
    expectTrue(src?.endsWith(code.image), `the picture is the code's image (${src})`)
    const shown = await page.locator('.growth').innerText()
    expectTrue(!shown.includes('/files/wxacode/'), 'no raw picture path is shown as text')
    expectEqual(await page.locator('.growth-code__url').first().textContent(), link.shortUrl, 'the link row shows the short link')
    await ctx.screenshot(page, 'growth-codes')

    await page.locator('.growth__make-link').click()
    await page.locator('.growth__made .growth-code__url').waitFor({ timeout: 15_000 })
    const made = (await page.locator('.growth__made .growth-code__url').textContent()) ?? ''
    expectTrue(made.startsWith(`${ctx.baseUrl}/l/`) && made.length <= ctx.baseUrl.length + 15, `the new link is short: ${made}`)
    await ctx.screenshot(page, 'growth-made-link')

    const visitor = await phonePage(ctx)
    await visitor.goto(made)
    await visitor.locator('.landing__open').waitFor({ timeout: 15_000 })
    expectTrue(visitor.url().includes('/packages/entry/pages/landing/index?c='), `the short link lands on the landing page (${visitor.url()})`)

    const unknown = await visitor.goto(`${ctx.baseUrl}/l/nosuchcode12`)
    expectEqual(unknown?.status(), 404, 'an unknown code is a 404')
    expectTrue((await visitor.locator('h1').textContent())?.includes('链接不存在'), 'an unknown code says so in Chinese')
    await ctx.screenshot(visitor, 'growth-short-unknown')
  }),

  scenario('growth: the landing page and the share poster style their buttons like the app (not browser defaults)', async (ctx) => {
    const link = await ctx.api('entry', 'createLink', { storeId: DEMO_STORE_ID, channel: 'web' }, DEMO_MERCHANT_OPENID)
    const page = await phonePage(ctx, 'e2e-growth-buttons')
    await page.goto(link.landingUrl)
    await page.locator('.landing__open').waitFor({ timeout: 15_000 })
    const open = await buttonLook(page, '.landing__open')
    expectEqual([open.background, open.border], ['rgb(5, 122, 61)', '0px'], '打开微信小程序 is the green pill (dark enough for white text)')
    expectTrue(open.radius >= 20, '打开微信小程序 is rounded')
    const copy = await buttonLook(page, '.landing__copy')
    expectEqual(copy.background, 'rgb(255, 255, 255)', '复制链接 is a white pill')
    await ctx.screenshot(page, 'growth-landing-buttons')

    const products = await ctx.api('catalog', 'listProducts', { storeId: DEMO_STORE_ID, limit: 1 })
    await page.goto(`${ctx.baseUrl}/pages/product/index?id=${products.items[0].id}`)
    await page.locator('.share-poster-button').click()
    await page.locator('.share-poster__image').waitFor({ timeout: 15_000 })
    const save = await buttonLook(page, '.share-poster__save')
    const close = await buttonLook(page, '.share-poster__close')
    expectEqual([save.background, save.border], ['rgb(228, 57, 60)', '0px'], '保存图片 is the red pill')
    expectEqual([close.background, close.border], ['rgb(255, 255, 255)', '0px'], '关闭 is the white pill')
    expectTrue(save.radius >= 20 && close.radius >= 20, 'poster buttons are rounded')
    expectEqual([save.align, close.align], ['center', 'center'], 'poster button labels are centred')
    await ctx.screenshot(page, 'growth-poster-buttons')
  }),

  scenario('growth: order list tabs fit a 360 and a 390 px screen, 退款 included (shopper and merchant)', async (ctx) => {
    for (const width of [360, 390]) {
      for (const [who, openid, url, tab] of [
        ['shopper', 'e2e-growth-tabs', '/packages/order/pages/list/index', '.order-list__tab'],
        ['merchant', DEMO_MERCHANT_OPENID, `/packages/merchant/pages/orders/index?storeId=${DEMO_STORE_ID}`, '.m-orders__tab'],
      ] as const) {
        const page = await phonePage(ctx, openid, width)
        await page.goto(ctx.baseUrl + url)
        await page.locator(tab).first().waitFor({ timeout: 15_000 })
        const boxes = await page.locator(tab).evaluateAll((tabs) =>
          tabs.map((el) => {
            const r = el.getBoundingClientRect()
            return { text: (el.textContent ?? '').trim(), left: r.left, right: r.right }
          }),
        )
        const cut = boxes.filter((b) => b.left < 0 || b.right > width)
        expectEqual(cut, [], `${who} tabs cut off at ${width} px`)
        expectTrue(boxes.some((b) => b.text.startsWith('退款')), `${who} has a 退款 tab`)
        await ctx.screenshot(page, `growth-tabs-${who}-${width}`)
        await page.context().close()
      }
    }
  }),

  scenario('growth: console tiles and 我的 order shortcuts show line icons, not one-character placeholders', async (ctx) => {
    const page = await phonePage(ctx, DEMO_MERCHANT_OPENID)
    await page.goto(`${ctx.baseUrl}/packages/merchant/pages/index/index`)
    await page.locator('.merchant-home__entry').first().waitFor({ timeout: 15_000 })
    const tiles = await page.locator('.merchant-home__entry').count()
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.merchant-home__icon img')).every((img) => (img as HTMLImageElement).naturalWidth > 0), undefined, { timeout: 10_000 })
    const loaded = await imagesLoaded(page, '.merchant-home__icon')
    expectEqual([loaded.length, loaded.every(Boolean)], [tiles, true], 'every tile has a loaded icon')
    const sources = await page.locator('.merchant-home__icon img').evaluateAll((images) => images.map((img) => img.getAttribute('src')))
    expectEqual(new Set(sources).size, tiles, 'each tile its own icon')
    expectEqual((await page.locator('.merchant-home__icon').allInnerTexts()).filter((t) => t.trim()), [], 'no placeholder characters')
    await ctx.screenshot(page, 'growth-console-icons')

    const me = await phonePage(ctx, 'e2e-growth-icons')
    await me.goto(`${ctx.baseUrl}/pages/me/index`)
    await me.locator('.order-shortcut').first().waitFor({ timeout: 15_000 })
    await me.waitForFunction(() => Array.from(document.querySelectorAll('.order-shortcut__icon img')).every((img) => (img as HTMLImageElement).naturalWidth > 0), undefined, { timeout: 10_000 })
    const shortcuts = await me.locator('.order-shortcut').count()
    const icons = await imagesLoaded(me, '.order-shortcut__icon')
    expectEqual([icons.length, icons.every(Boolean)], [shortcuts, true], 'every order shortcut has a loaded icon')
    await ctx.screenshot(me, 'growth-me-icons')
  }),
]
