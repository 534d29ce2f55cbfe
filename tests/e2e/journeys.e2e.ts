// Rough edges of whole journeys: what one identity leaves on a shared device, the way out of
// a page that does not exist, the store card on the product page.
import type { Page } from 'playwright-core'
import { expectEqual, expectTrue, fieldSelector, scenario } from './harness'
import { pickRegion, regionShown } from './region-picker'

async function chooseSpecs(page: Page, values: string[]): Promise<void> {
  for (const value of values) {
    const chip = page.locator('.spec-value', { hasText: new RegExp(`^${value}`) })
    if (!((await chip.getAttribute('class')) ?? '').includes('spec-value--chosen')) await chip.click()
  }
}

/** Checkout's address as shown: name, phone, province, city, district, street. */
async function addressShown(page: Page): Promise<string[]> {
  const typed = (field: string) => page.locator(fieldSelector(`.checkout-address__input--${field}`)).first().inputValue()
  return [await typed('userName'), await typed('telNumber'), ...(await regionShown(page)), await typed('detailInfo')]
}

async function switchIdentity(page: Page, baseUrl: string, label: string): Promise<void> {
  await page.goto(`${baseUrl}/pages/me/index`)
  await page.locator('.identity-picker__option', { hasText: label }).click()
  await page.locator('.identity-picker__current', { hasText: '当前身份' }).waitFor()
}

export default [
  scenario('journey: 买家 B orders; 买家 A and a new identity on the same device see neither B’s address nor B’s cart', async (ctx) => {
    const { items } = await ctx.api('catalog', 'search', { q: '连衣裙' })
    const dress = items.find((p: { title: string }) => p.title === '夏季碎花连衣裙')
    // No preset identity: the harness would put it back on every load. Picked as a person would.
    const page = await ctx.newPage()
    const product = `${ctx.baseUrl}/pages/product/index?id=${dress.id}`
    await switchIdentity(page, ctx.baseUrl, '买家 B')
    // Nothing the storefront loads comes from another host (Taro's button spinner did, on submit).
    const elsewhere: string[] = []
    page.on('request', (request) => {
      if (/^https?:/.test(request.url()) && !request.url().startsWith(ctx.baseUrl)) elsewhere.push(request.url())
    })

    // B leaves one line in the cart and orders another with an address.
    await page.goto(product)
    await page.locator('.product__title').waitFor({ timeout: 15_000 })
    await chooseSpecs(page, ['红色', 'S'])
    await page.locator('.product__cart-button').click()
    await chooseSpecs(page, ['M'])
    await page.locator('.product__buy-button').click()
    await page.locator('.checkout__total', { hasText: '¥' }).waitFor({ timeout: 15_000 })
    const fill = (field: string, value: string) => page.locator(fieldSelector(`.checkout-address__input--${field}`)).first().fill(value)
    await fill('userName', '买家乙')
    await fill('telNumber', '13800000002')
    await pickRegion(page, { provinceName: '浙江省', cityName: '杭州市', countyName: '西湖区' })
    await fill('detailInfo', '文三路 2 号')
    await page.locator('.checkout__submit').click()
    await page.locator('.order-status__label').waitFor({ timeout: 20_000 })
    expectEqual(elsewhere, [], 'requests to other hosts while ordering')

    // B again: the address is offered back to B.
    await page.goto(product)
    await page.locator('.product__title').waitFor({ timeout: 15_000 })
    await chooseSpecs(page, ['红色', 'M'])
    await page.locator('.product__buy-button').click()
    await page.locator('.checkout__total', { hasText: '¥' }).waitFor({ timeout: 15_000 })
    expectEqual((await addressShown(page))[1], '13800000002', 'B’s own phone offered back to B')

    for (const next of ['买家 A', 'NEW']) {
      if (next === 'NEW') {
        await page.goto(`${ctx.baseUrl}/pages/me/index`)
        await page.locator(fieldSelector('.identity-picker__input')).first().fill('shopper-new')
        await page.locator('.identity-picker__custom').getByText('使用').click()
        await page.locator('.identity-picker__current', { hasText: 'shopper-new' }).waitFor()
      } else {
        await switchIdentity(page, ctx.baseUrl, next)
      }
      await page.goto(`${ctx.baseUrl}/pages/cart/index`)
      await page.locator('.cart').first().waitFor({ timeout: 15_000 })
      await page.waitForTimeout(500)
      expectEqual(await page.locator('.cart-line').count(), 0, `cart lines ${next} sees after B`)
      await page.goto(product)
      await page.locator('.product__title').waitFor({ timeout: 15_000 })
      await chooseSpecs(page, ['红色', 'M'])
      await page.locator('.product__buy-button').click()
      await page.locator('.checkout__total', { hasText: '¥' }).waitFor({ timeout: 15_000 })
      expectEqual(await addressShown(page), ['', '', '', '', '', ''], `address ${next} sees at checkout after B ordered`)
      await ctx.screenshot(page, `journeys-checkout-${next === 'NEW' ? 'new' : 'a'}`)
    }
    const stored = await page.evaluate(() => Object.entries(localStorage).filter(([, value]) => value.includes('13800000002')).map(([key]) => key))
    expectTrue(stored.every((key) => key.includes('@shopper-b')), `B’s phone kept only under B’s identity, found under ${stored.join(', ')}`)
  }),
  scenario('journey: an unknown path and a product, order or store that does not exist each offer 返回首页', async (ctx) => {
    const page = await ctx.newPage({ openid: 'e2e-journeys-lost' })
    await page.goto(`${ctx.baseUrl}/pages/nowhere/index`)
    await page.locator('.state-view__title', { hasText: '页面不存在' }).waitFor({ timeout: 15_000 })
    await ctx.screenshot(page, 'journeys-not-found')
    await page.locator('.state-view__home').click()
    await page.locator('.product-card').first().waitFor({ timeout: 15_000 })
    expectTrue(new URL(page.url()).pathname.startsWith('/pages/home/index') || new URL(page.url()).pathname === '/', `返回首页 leads home, not ${page.url()}`)

    for (const [path, title] of [
      ['/pages/product/index?id=p_nowhere00000000000000', '商品'],
      ['/packages/order/pages/detail/index?id=o_nowhere00000000000000', '订单'],
      ['/pages/home/index?storeId=s_nowhere00000000000000', '店铺'],
    ] as const) {
      await page.goto(`${ctx.baseUrl}${path}`)
      await page.locator('.state-view__title').waitFor({ timeout: 15_000 })
      const shown = (await page.locator('.state-view__title').textContent()) ?? ''
      expectTrue(shown.includes(title), `${path} says what is missing, got "${shown}"`)
      await page.locator('.state-view__home').click()
      await page.locator('.product-card').first().waitFor({ timeout: 15_000 })
    }
  }),
  scenario('journey: a shopper who lands on a product page sees its store card and 进店 leads into the store', async (ctx) => {
    // The demo store's mug: other journeys open stores that sell mugs too.
    const { items } = await ctx.api('catalog', 'search', { q: '马克杯', storeId: 'demo' })
    const product = items[0]
    const page = await ctx.newPage({ openid: 'e2e-journeys-visitor' })
    await page.goto(`${ctx.baseUrl}/pages/product/index?id=${product.id}`)
    await page.locator('.product-store__name', { hasText: '山野小店' }).waitFor({ timeout: 15_000 })
    await page.locator('.product-store').scrollIntoViewIfNeeded()
    await ctx.screenshot(page, 'journeys-store-card')
    await page.locator('.product-store__enter').click()
    await page.locator('.store-header').first().waitFor({ timeout: 15_000 })
    expectTrue(page.url().includes(`storeId=${product.storeId}`), `进店 opens the store home, not ${page.url()}`)
  }),
  scenario('journey: the store home shows each hashtag once, and 店铺码与分享 does not ask for a first product again', async (ctx) => {
    const page = await ctx.newPage({ openid: 'demo-merchant' })
    await page.goto(`${ctx.baseUrl}/pages/home/index?storeId=demo`)
    await page.locator('.topic-chip').first().waitFor({ timeout: 15_000 })
    const header = await page.locator('.store-header .hashtag-chip').allTextContents()
    const topics = await page.locator('.topic-chip').allTextContents()
    expectTrue(header.includes('#手作'), `the header shows the brand hashtags, got ${header.join(' ')}`)
    const twice = topics.filter((tag) => header.includes(tag))
    expectEqual(twice, [], 'hashtags shown both in the header and as topic chips')
    await ctx.screenshot(page, 'journeys-store-home')

    // The console's 店铺码与分享, for a store that has had products since it opened.
    await page.goto(`${ctx.baseUrl}/packages/merchant/pages/store-ready/index?storeId=demo`)
    await page.locator('.store-ready__share').waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.store-ready__add-product').count(), 0, '上架第一件商品 buttons on 店铺码与分享')
    await ctx.screenshot(page, 'journeys-store-codes')
  }),
]
