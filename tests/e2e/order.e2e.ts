// The money path in a real browser: two SKUs into the cart, the cart survives a reload,
// checkout with an address, simulated payment, the order shows 待发货, and the product page
// shows the stock gone down by what was bought.
import type { Page } from 'playwright-core'
import { expectEqual, fieldSelector, scenario } from './harness'
import { pickRegion } from './region-picker'

async function chooseSpecs(page: Page, values: string[]): Promise<void> {
  for (const value of values) {
    const chip = page.locator('.spec-value', { hasText: new RegExp(`^${value}`) })
    // Tapping a chosen value clears it: only tap what is not chosen yet.
    if (!((await chip.getAttribute('class')) ?? '').includes('spec-value--chosen')) await chip.click()
  }
}

async function shownStock(page: Page): Promise<number> {
  const text = (await page.locator('.product__stock').textContent()) ?? ''
  const match = /库存 (\d+) 件/.exec(text)
  if (!match) throw new Error(`product page shows no stock: "${text}"`)
  return Number(match[1])
}

export default [
  scenario('cart of two SKUs survives a reload → checkout → simulated pay → 待发货, and stock went down', async (ctx) => {
    const shopper = 'e2e-order-shopper'
    const { items } = await ctx.api('catalog', 'search', { q: '连衣裙' })
    const dress = items.find((p: { title: string }) => p.title === '夏季碎花连衣裙')
    const skuOf = (size: string) => dress.skus.find((s: { specs: Record<string, string> }) => s.specs.颜色 === '红色' && s.specs.尺码 === size)
    const before = { S: skuOf('S').stock as number, M: skuOf('M').stock as number }

    const page = await ctx.newPage({ openid: shopper })
    await page.goto(`${ctx.baseUrl}/pages/product/index?id=${dress.id}`)
    await page.locator('.product__title').waitFor({ timeout: 15_000 })
    await chooseSpecs(page, ['红色', 'S'])
    await page.locator('.product__cart-button').click()
    await chooseSpecs(page, ['M'])
    await page.locator('.stepper__button').nth(1).click() // 2 of M
    await page.locator('.product__cart-button').click()

    await page.goto(`${ctx.baseUrl}/pages/cart/index`)
    await page.locator('.cart-line').nth(1).waitFor({ timeout: 15_000 })
    await page.reload()
    await page.locator('.cart-line').nth(1).waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.cart-line').count(), 2, 'cart lines after a reload')
    expectEqual(await page.locator('.cart-line .stepper__value').allTextContents(), ['1', '2'], 'quantities after a reload')
    await ctx.screenshot(page, 'order-cart')

    await page.locator('.cart__checkout').click()
    await page.locator('.checkout__total', { hasText: '¥' }).waitFor({ timeout: 15_000 })
    const fill = (field: string, value: string) => page.locator(fieldSelector(`.checkout-address__input--${field}`)).first().fill(value)
    await fill('userName', '王小二')
    await fill('telNumber', '1381234567') // one digit short: refused on the page
    await page.locator('.checkout__submit').click()
    await page.locator('.checkout-address__error', { hasText: '手机号' }).waitFor()
    await fill('telNumber', '13812345678')
    await pickRegion(page, { provinceName: '广东省', cityName: '深圳市', countyName: '南山区' })
    await fill('detailInfo', '科技园路 1 号')
    await ctx.screenshot(page, 'order-checkout')
    await page.locator('.checkout__submit').click()

    await page.locator('.order-status__label').waitFor({ timeout: 20_000 })
    expectEqual(await page.locator('.order-status__label').textContent(), '待发货', 'order state after paying')
    await ctx.screenshot(page, 'order-detail-paid')
    const orders = await ctx.api('order', 'list', {}, shopper)
    expectEqual(orders.items.length, 1, 'orders of the shopper')
    expectEqual(orders.items[0].status, 'paid', 'order status on the server')
    expectEqual(
      orders.items[0].items.map((i: { quantity: number }) => i.quantity).sort(),
      [1, 2],
      'quantities ordered',
    )

    await page.goto(`${ctx.baseUrl}/pages/product/index?id=${dress.id}`)
    await page.locator('.product__title').waitFor({ timeout: 15_000 })
    await chooseSpecs(page, ['红色', 'S'])
    expectEqual(await shownStock(page), before.S - 1, 'stock of 红色 S on the product page')
    await chooseSpecs(page, ['M'])
    expectEqual(await shownStock(page), before.M - 2, 'stock of 红色 M on the product page')

    // The ordered lines left the cart.
    await page.goto(`${ctx.baseUrl}/pages/cart/index`)
    await page.locator('.state-view__title', { hasText: '购物车是空的' }).waitFor({ timeout: 15_000 })
  }),
]
