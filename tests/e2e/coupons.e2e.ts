// Coupons in Chromium on a fresh database: the merchant creates 满 ¥99 减 ¥20 on the console's
// coupon page and free shipping over ¥88 on 运费设置, a shopper claims the coupon from the store
// home's 领券 strip, the checkout preselects it and shows the saving and 免运费 (¥109.80 − ¥20.00
// = ¥89.80 of goods: over ¥88, under the default ¥99), the shopper pays, and the merchant's stats
// show the coupon used.
import { expectEqual, expectTrue, fieldSelector, scenario } from './harness'
import { pickRegion } from './region-picker'

export default [
  scenario('coupons: merchant creates 满99减20 and free shipping over ¥88 → shopper claims on the store home → checkout preselects it, 免运费 → pays → stats show it used', async (ctx) => {
    const owner = 'e2e-coupon-owner'
    const shopper = 'e2e-coupon-shopper'
    const store = await ctx.api('merchant', 'openStore', { name: '领券小铺' }, owner)
    const product = await ctx.api('merchant', 'saveProduct', {
      storeId: store.id,
      title: '手冲咖啡豆',
      images: ['/files/demo/mug-1.svg'],
      status: 'on_sale',
      skus: [{ specs: {}, price: 5490, stock: 20 }],
    }, owner)

    const merchant = await ctx.newPage({ openid: owner })
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/coupons/index?storeId=${store.id}`)
    await merchant.locator('.coupons__new').click()
    const fill = (field: string, value: string) => merchant.locator(fieldSelector(`.coupon-form__${field}`)).first().fill(value)
    await fill('title', '满99减20')
    await fill('amountOff', '20')
    await fill('minSpend', '99')
    await fill('totalQuantity', '50')
    await ctx.screenshot(merchant, 'coupons-merchant-form')
    await merchant.locator('.coupon-form__save').click()
    await merchant.locator('.coupon-item__face', { hasText: '满99减20' }).waitFor({ timeout: 15_000 })
    expectTrue((await merchant.locator('.coupon-item__counts').textContent())?.includes('已领 0 / 50'), 'a new coupon shows none claimed')
    await ctx.screenshot(merchant, 'coupons-merchant-list')

    // Free shipping from ¥88 of goods after the discount (the store's own rule, not the ¥99 default).
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/shipping/index?storeId=${store.id}`)
    await merchant.locator(fieldSelector('.shipping__free-over')).first().fill('88')
    await merchant.locator('.shipping__save').click()
    await merchant.waitForFunction(() => !document.body.innerText.includes('保存中'))
    expectEqual((await ctx.api('catalog', 'getStore', { storeId: store.id })).shipping.freeOver, 8800, 'free shipping over ¥88 saved')

    const page = await ctx.newPage({ openid: shopper })
    await page.goto(`${ctx.baseUrl}/pages/home/index?storeId=${store.id}`)
    const ticket = page.locator('.coupon-ticket', { hasText: '满99减20' })
    await ticket.waitFor({ timeout: 15_000 })
    await ctx.screenshot(page, 'coupons-store-home')
    await ticket.click()
    await page.locator('.coupon-claim__result', { hasText: '领取成功' }).waitFor({ timeout: 15_000 })
    await ctx.screenshot(page, 'coupons-claimed')
    await page.locator('.coupon-claim__go').click()
    await page.locator('.coupon-ticket__action', { hasText: '已领取' }).waitFor({ timeout: 15_000 })
    const mine = await ctx.api('coupon', 'mine', { storeId: store.id }, shopper)
    expectEqual(mine.items.map((c: { status: string }) => c.status), ['unused'], 'the shopper holds the coupon')

    await page.goto(`${ctx.baseUrl}/pages/product/index?id=${product.id}`)
    await page.locator('.product__title').waitFor({ timeout: 15_000 })
    await page.locator('.stepper__button').nth(1).click() // 2 × ¥54.90 = ¥109.80, over the ¥99 threshold
    await page.locator('.product__buy-button').click()
    const saving = page.locator('.checkout__coupon-value', { hasText: '已省 ¥20.00' })
    await saving.waitFor({ timeout: 20_000 })
    expectEqual(await page.locator('.checkout__total').textContent(), '¥89.80', 'checkout total after the coupon')
    const fee = page.locator('.order-amounts__row', { hasText: '运费' })
    await fee.locator('text=免运费').waitFor({ timeout: 15_000 })
    const address = (field: string, value: string) => page.locator(fieldSelector(`.checkout-address__input--${field}`)).first().fill(value)
    await address('userName', '李四')
    await address('telNumber', '13812345678')
    await pickRegion(page, { provinceName: '浙江省', cityName: '杭州市', countyName: '西湖区' })
    await address('detailInfo', '文三路 2 号')
    await ctx.screenshot(page, 'coupons-checkout')
    await page.locator('.checkout__submit').click()
    await page.locator('.order-status__label').waitFor({ timeout: 20_000 })
    expectEqual(await page.locator('.order-status__label').textContent(), '待发货', 'order state after paying')
    await ctx.screenshot(page, 'coupons-order-paid')
    const [order] = (await ctx.api('order', 'list', {}, shopper)).items
    expectEqual([order.itemsTotal, order.discount, order.deliveryFee, order.total], [10980, 2000, 0, 8980], 'order money on the server')

    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/stats/index?storeId=${store.id}`)
    const coupons = merchant.locator('.stats__coupons')
    await coupons.waitFor({ timeout: 15_000 })
    const figures = await coupons.locator('.stats__figure-value').allTextContents()
    expectEqual(figures, ['1', '1', '¥89.80', '¥20.00'], 'coupon figures in the stats (claimed, used, sales, discount)')
    await ctx.screenshot(merchant, 'coupons-merchant-stats')
    // The daily trend: seven days, today's column the only one with sales.
    const trend = merchant.locator('.trend')
    expectEqual(await trend.locator('.trend__slot').count(), 7, 'one column per day over 7 days')
    await trend.locator('.trend__metric', { hasText: '成交额' }).click()
    expectTrue((await trend.locator('.trend__readout').textContent())?.includes('成交额 ¥89.80'), 'today’s sales in the trend readout')
    const heights = await trend.locator('.trend__column').evaluateAll((columns) => columns.map((c) => (c as HTMLElement).style.height))
    expectEqual(heights, ['0%', '0%', '0%', '0%', '0%', '0%', '100%'], 'only today has a sales column')
    await ctx.screenshot(merchant, 'coupons-merchant-stats-trend')

    await page.goto(`${ctx.baseUrl}/packages/coupon/pages/mine/index`)
    await page.locator('.section-tab--used').click()
    await page.locator('.my-coupon--used').waitFor({ timeout: 15_000 })
    await ctx.screenshot(page, 'coupons-mine-used')
  }),
  scenario('coupons: merchant creates a 指定商品 coupon by ticking products → the API holds exactly the ticked ids', async (ctx) => {
    const owner = 'e2e-coupon-scope-owner'
    const store = await ctx.api('merchant', 'openStore', { name: '指定小铺' }, owner)
    const make = (title: string) =>
      ctx.api('merchant', 'saveProduct', { storeId: store.id, title, images: ['/files/demo/mug-1.svg'], status: 'on_sale', skus: [{ specs: {}, price: 3990, stock: 5 }] }, owner)
    const mug = await make('手工陶瓷马克杯')
    await make('亚麻餐垫')
    const tea = await make('白茶饼')

    const merchant = await ctx.newPage({ openid: owner })
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/coupons/index?storeId=${store.id}`)
    await merchant.locator('.coupons__new').click()
    await merchant.locator(fieldSelector('.coupon-form__title')).first().fill('杯茶减5')
    await merchant.locator(fieldSelector('.coupon-form__amountOff')).first().fill('5')
    await merchant.locator('.coupon-form__scope-products').click()
    await merchant.locator('.coupon-form__save').click()
    await merchant.locator('.field__error', { hasText: '请至少勾选一件商品' }).waitFor({ timeout: 15_000 })
    await merchant.locator('.product-ticks__item', { hasText: '手工陶瓷马克杯' }).click()
    await merchant.locator('.product-ticks__item', { hasText: '白茶饼' }).click()
    await ctx.screenshot(merchant, 'coupons-merchant-scoped-form')
    await merchant.locator('.coupon-form__save').click()
    await merchant.locator('.coupon-item__counts', { hasText: '指定商品 (2 件)' }).waitFor({ timeout: 15_000 })
    await ctx.screenshot(merchant, 'coupons-merchant-scoped-list')
    const [coupon] = (await ctx.api('merchant', 'listCoupons', { storeId: store.id }, owner)).items
    expectEqual([...coupon.productIds].sort(), [mug.id, tea.id].sort(), 'the coupon holds exactly the ticked products')

    await merchant.locator('.coupon-item .console__link', { hasText: '编辑' }).click()
    await merchant.locator('.product-ticks__item--on').nth(1).waitFor({ timeout: 15_000 })
    expectEqual((await merchant.locator('.product-ticks__item--on .product-ticks__title').allTextContents()).sort(), ['手工陶瓷马克杯', '白茶饼'].sort(), 'editing shows the chosen products ticked')
  }),
]
