// Shipping rules in the browser: the merchant sets free shipping from ¥88 and a dearer 广东省 on
// the 运费设置 page, with pickup; a shopper in 广东 sees the 运费 line on the product page, the
// region fee at checkout below the threshold, 免运费 from it, and the pickup address and hours.
import type { Page } from 'playwright-core'
import { expectEqual, fieldSelector, scenario, type E2EContext } from './harness'

const OWNER = 'e2e-ship-owner'
const SHOPPER = 'e2e-ship-shopper'
const PICKUP = '杭州市西湖区文三路 1 号'
const HOURS = '每天 10:00–20:00'

async function fill(page: Page, selector: string, value: string) {
  await page.locator(fieldSelector(selector)).first().fill(value)
}

/** Opens the product page and buys `quantity` now; resolves on the checkout with its quote. */
async function buyNow(ctx: E2EContext, page: Page, productId: string, quantity: number): Promise<void> {
  await page.goto(`${ctx.baseUrl}/pages/product/index?id=${productId}`)
  await page.locator('.product__title').waitFor({ timeout: 15_000 })
  for (let i = 1; i < quantity; i++) await page.locator('.stepper__button').nth(1).click()
  await page.locator('.product__buy-button').click()
  await page.locator('.checkout__total', { hasText: '¥' }).waitFor({ timeout: 15_000 })
}

async function shownFee(page: Page, expected: string): Promise<string> {
  const row = page.locator('.order-amounts__row', { hasText: '运费' })
  await row.locator('text=' + expected).waitFor({ timeout: 15_000 })
  return ((await row.textContent()) ?? '').replace('运费', '')
}

export default [
  scenario('merchant sets free shipping over ¥88 and a 广东 fee → 运费 line, region fee below, 免运费 above, pickup address at checkout', async (ctx) => {
    const store = await ctx.api('merchant', 'openStore', { name: '运费小店' }, OWNER)
    const product = await ctx.api(
      'merchant',
      'saveProduct',
      { storeId: store.id, title: '手冲咖啡豆', images: ['/files/demo/mug-1.svg'], status: 'on_sale', skus: [{ specs: {}, price: 5000, stock: 20 }] },
      OWNER,
    )

    const merchant = await ctx.newPage({ openid: OWNER })
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/index/index`)
    await merchant.locator('.merchant-home__entry', { hasText: '运费设置' }).click()
    await merchant.locator('.shipping__base').waitFor({ timeout: 15_000 })
    await fill(merchant, '.shipping__base', '6')
    await fill(merchant, '.shipping__free-over', '88')
    await merchant.locator('.shipping__add-region').click()
    await fill(merchant, '.shipping__region-fee', '15')
    await merchant.locator('.shipping__province', { hasText: '广东省' }).click()
    await merchant.locator('.shipping__pickup-on').click()
    // Pickup without an address is refused beside the field, before anything is saved.
    await merchant.locator('.shipping__save').click()
    await merchant.locator('.field__error', { hasText: '开启到店自提需要填写自提地址' }).waitFor()
    await fill(merchant, '.shipping__pickup-address', PICKUP)
    await fill(merchant, '.shipping__pickup-hours', HOURS)
    await ctx.screenshot(merchant, 'shipping-settings')
    await merchant.locator('.shipping__save').click()
    await merchant.locator('.shipping__save', { hasText: '保存' }).waitFor()
    await merchant.waitForFunction(() => !document.body.innerText.includes('保存中'))
    const saved = (await ctx.api('catalog', 'getStore', { storeId: store.id })).shipping
    expectEqual(saved, { baseFee: 600, freeOver: 8800, regions: [{ provinces: ['广东省'], fee: 1500 }], pickup: { enabled: true, address: PICKUP, hours: HOURS } }, 'rules saved from the page')

    await ctx.api('address', 'save', { userName: '李四', telNumber: '13912345678', provinceName: '广东省', cityName: '广州市', countyName: '天河区', detailInfo: '体育西路 1 号', isDefault: true }, SHOPPER)
    const shopper = await ctx.newPage({ openid: SHOPPER })
    await shopper.goto(`${ctx.baseUrl}/pages/product/index?id=${product.id}`)
    const line = shopper.locator('.product__shipping-text')
    await line.waitFor({ timeout: 15_000 })
    expectEqual(await line.textContent(), '快递 ¥6.00-¥15.00，满 ¥88.00 包邮 / 到店自提', 'the product page’s 运费 line')
    await ctx.screenshot(shopper, 'shipping-product')

    // One bag (¥50.00) to 广东: under ¥88, the region's fee.
    await buyNow(ctx, shopper, product.id, 1)
    expectEqual(await shownFee(shopper, '¥15.00'), '¥15.00', 'fee below the threshold, to 广东')
    expectEqual(await shopper.locator('.checkout__total').textContent(), '¥65.00', 'total below the threshold')
    await shopper.locator('.checkout__hint', { hasText: '再买 ¥38.00 免运费' }).waitFor()
    await ctx.screenshot(shopper, 'shipping-checkout-region-fee')

    // Two bags (¥100.00): over ¥88, free.
    await buyNow(ctx, shopper, product.id, 2)
    expectEqual(await shownFee(shopper, '免运费'), '免运费', 'fee above the threshold')
    expectEqual(await shopper.locator('.checkout__total').textContent(), '¥100.00', 'total above the threshold')

    await shopper.locator('.checkout__delivery-option', { hasText: '到店自提' }).click()
    await shopper.locator('.checkout__pickup-address', { hasText: PICKUP }).waitFor()
    expectEqual(await shopper.locator('.checkout__pickup-hours').textContent(), `营业时间：${HOURS}`, 'pickup hours at checkout')
    await ctx.screenshot(shopper, 'shipping-checkout-pickup')
    await shopper.locator('.checkout__submit').click()
    await shopper.locator('.order-status__label').waitFor({ timeout: 20_000 })
    const [order] = (await ctx.api('order', 'list', {}, SHOPPER)).items
    expectEqual([order.delivery, order.deliveryFee, order.total], ['pickup', 0, 10000], 'the pickup order as charged')
  }),

  scenario('checkout offers no 到店自提 for a store that gave no pickup address', async (ctx) => {
    const owner = 'e2e-ship-owner-2'
    const store = await ctx.api('merchant', 'openStore', { name: '无自提小店' }, owner)
    const product = await ctx.api(
      'merchant',
      'saveProduct',
      { storeId: store.id, title: '明信片', images: ['/files/demo/mug-1.svg'], status: 'on_sale', skus: [{ specs: {}, price: 1000, stock: 20 }] },
      owner,
    )
    const shopper = await ctx.newPage({ openid: SHOPPER })
    await buyNow(ctx, shopper, product.id, 1)
    await shopper.locator('.checkout__delivery-option', { hasText: '快递' }).waitFor()
    await shopper.waitForTimeout(500) // the store's rules arrive after the quote
    expectEqual(await shopper.locator('.checkout__delivery-option', { hasText: '到店自提' }).count(), 0, 'pickup options offered')
  }),
]
