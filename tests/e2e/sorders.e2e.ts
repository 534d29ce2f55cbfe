// The shopper's orders and addresses: the address entered at checkout, its province and city
// picked from lists as in the address book, lands once in that shopper's address book; the
// order page shows the parcel's trace (物流详情) or, when WeChat cannot answer, why, beside the
// carrier and number; 再来一单 puts a finished order's lines back into the cart, naming what it
// could not.
import type { Page } from 'playwright-core'
import { expectEqual, expectTrue, fieldSelector, scenario } from './harness'
import { choiceItem, regionShown } from './region-picker'
import type { E2EContext } from './harness'

const TYPED = { userName: '周小舟', telNumber: '13911112222', provinceName: '浙江省', cityName: '杭州市', countyName: '西湖区', detailInfo: '文三路 90 号' }

async function openShop(ctx: E2EContext, owner: string) {
  const store = await ctx.api('merchant', 'openStore', { name: '回头客小铺' }, owner)
  const product = (title: string, price: number) =>
    ctx.api('merchant', 'saveProduct', { storeId: store.id, title, images: ['/files/demo/mug-1.svg'], status: 'on_sale', skus: [{ specs: {}, price, stock: 20 }] }, owner)
  return { store, mug: await product('粗陶茶杯', 3900), pot: await product('侧把茶壶', 12800) }
}

/**
 * Buys the product now. `typed`: the shopper fills checkout's form, the region picked from the
 * province and city sheets as a person would; otherwise the address book's is offered back.
 */
async function buyAtCheckout(ctx: E2EContext, page: Page, productId: string, typed: boolean): Promise<void> {
  await page.goto(`${ctx.baseUrl}/pages/product/index?id=${productId}`)
  await page.locator('.product__title').waitFor({ timeout: 15_000 })
  await page.locator('.product__buy-button').click()
  await page.locator('.checkout__total', { hasText: '¥' }).waitFor({ timeout: 15_000 })
  const field = (name: string) => page.locator(fieldSelector(`.checkout-address__input--${name}`)).first()
  if (typed) {
    await field('userName').fill(TYPED.userName)
    await field('telNumber').fill(TYPED.telNumber)
    await page.locator('.region-field__province .region-field__picker').click()
    await choiceItem(page, TYPED.provinceName).click()
    await page.locator('.choice-sheet__title', { hasText: '选择城市（浙江省）' }).waitFor({ timeout: 15_000 })
    const cities = await page.locator('.choice-sheet__item').allTextContents()
    expectTrue(cities.includes('杭州市') && cities.includes('温州市') && !cities.includes('成都市'), `浙江省's cities at checkout: ${cities.join(' ')}`)
    await ctx.screenshot(page, 'sorders-checkout-city-sheet')
    await choiceItem(page, TYPED.cityName).click()
    // A street typed as the district is refused at checkout as in the address book.
    await page.locator(fieldSelector('.region-field__county')).first().fill('文三路')
    await field('detailInfo').fill(TYPED.detailInfo)
    await page.locator('.checkout__submit').click()
    await page.locator('.region-field__county .checkout-address__error', { hasText: '区/县应以' }).waitFor({ timeout: 10_000 })
    await page.locator(fieldSelector('.region-field__county')).first().fill(TYPED.countyName)
    expectEqual(await page.locator('.checkout-address__error').count(), 0, 'errors left once the district is corrected')
    expectEqual(await regionShown(page), [TYPED.provinceName, TYPED.cityName, TYPED.countyName], 'the region picked at checkout')
    await ctx.screenshot(page, 'sorders-checkout-region-picked')
  } else {
    // The saved address is offered back, its region in the picker.
    await page.waitForFunction((name) => (document.querySelector(`.checkout-address__input--userName input, input.checkout-address__input--userName`) as HTMLInputElement | null)?.value === name, TYPED.userName, { timeout: 15_000 })
    expectEqual(await regionShown(page), [TYPED.provinceName, TYPED.cityName, TYPED.countyName], 'the saved region offered back at checkout')
  }
  await page.locator('.checkout__submit').click()
  await page.locator('.order-status__label').waitFor({ timeout: 20_000 })
}

export default [
  scenario('sorders: the address entered at checkout, its region picked, is saved once, for that shopper; the address book picks too', async (ctx) => {
    const owner = 'e2e-sorders-owner'
    const shopper = 'e2e-sorders-buyer'
    const { mug } = await openShop(ctx, owner)
    const page = await ctx.newPage({ openid: shopper })
    await buyAtCheckout(ctx, page, mug.id, true)
    const book = async (openid: string) => (await ctx.api('address', 'list', {}, openid)).items
    const saved = await book(shopper)
    expectEqual(saved.map((a: any) => [a.userName, a.telNumber, a.provinceName, a.cityName, a.countyName, a.detailInfo, a.isDefault]), [[...Object.values(TYPED), true]], 'the address entered at checkout in the address book')
    await buyAtCheckout(ctx, page, mug.id, false)
    expectEqual((await book(shopper)).length, 1, 'addresses after ordering to the same address again')
    expectEqual(await book('e2e-sorders-someone-else'), [], "another identity's address book")
    // The address book shows the region picked at checkout.
    await page.goto(`${ctx.baseUrl}/packages/account/pages/addresses/index`)
    const line = page.locator('.address-card__line')
    await line.waitFor({ timeout: 15_000 })
    expectEqual(await line.allTextContents(), ['浙江省 杭州市 西湖区 文三路 90 号'], 'the address book after ordering')
    await ctx.screenshot(page, 'sorders-address-book')

    // The address book's own form: the same picker, province then that province's cities, and a
    // district that looks like one.
    await page.goto(`${ctx.baseUrl}/packages/account/pages/address-edit/index`)
    await page.locator('.address-form__name').waitFor({ timeout: 15_000 })
    await page.locator(fieldSelector('.address-form__name')).first().fill('周小舟')
    await page.locator(fieldSelector('.address-form__phone')).first().fill('13911112222')
    await page.locator('.region-field__province .region-field__picker').click()
    await choiceItem(page, '四川省').click()
    await page.locator('.choice-sheet__title', { hasText: '选择城市（四川省）' }).waitFor({ timeout: 15_000 })
    const cities = await page.locator('.choice-sheet__item').allTextContents()
    expectTrue(cities.includes('成都市') && cities.includes('绵阳市') && !cities.includes('杭州市'), `四川省's cities: ${cities.join(' ')}`)
    await ctx.screenshot(page, 'sorders-city-sheet')
    await choiceItem(page, '成都市').click()
    await page.locator(fieldSelector('.region-field__county')).first().fill('人民南路')
    await page.locator(fieldSelector('.address-form__detail')).first().fill('人民南路四段 9 号')
    await page.locator('.address-form__save').click()
    await page.locator('.region-field__county .address-form__error', { hasText: '区/县应以' }).waitFor({ timeout: 10_000 })
    await page.locator(fieldSelector('.region-field__county')).first().fill('武侯区')
    await ctx.screenshot(page, 'sorders-region-picked')
    await page.locator('.address-form__save').click()
    // Saving in the address book asks for consent first (checkout's save did not need it).
    await page.locator('.privacy-sheet__agree:visible').click()
    await page.locator('.address-card__name').nth(1).waitFor({ timeout: 15_000 })
    const after = await book(shopper)
    expectEqual(after.map((a: any) => [a.provinceName, a.cityName, a.countyName]).sort(), [['四川省', '成都市', '武侯区'], ['浙江省', '杭州市', '西湖区']], 'addresses after the picker')
  }),

  scenario('sorders: 物流详情 on a shipped order, a clear message when WeChat cannot answer, and 再来一单', async (ctx) => {
    const owner = 'e2e-sorders-owner-2'
    const shopper = 'e2e-sorders-buyer-2'
    const { store, mug, pot } = await openShop(ctx, owner)
    const order = async (lines: Array<[string, number]>) => {
      const created = await ctx.api('order', 'create', {
        storeId: store.id, items: lines.map(([skuId, quantity]) => ({ skuId, quantity })), address: TYPED, delivery: 'express', idempotencyKey: `sorders-${Math.random().toString(36).slice(2)}`,
      }, shopper)
      return created.id as string
    }
    const paidAndShipped = async (trackingNo: string) => {
      const id = await order([[mug.skus[0].id, 1]])
      await ctx.api('payment', 'simulate', { orderId: id }, shopper)
      await ctx.api('merchant', 'ship', { orderId: id, carrier: 'SF', trackingNo }, owner)
      return id
    }
    const page = await ctx.newPage({ openid: shopper })

    const shipped = await paidAndShipped('SF1234567890')
    await page.goto(`${ctx.baseUrl}/packages/order/pages/detail/index?id=${shipped}`)
    await page.locator('.logistics__headline', { hasText: '已揽件' }).waitFor({ timeout: 15_000 })
    expectTrue((await page.locator('.logistics__parcel').textContent())?.includes('顺丰速运 SF1234567890'), 'carrier and number above the trace')
    expectTrue((await page.locator('.logistics__text').first().textContent())?.includes('快递员已揽收'), 'the newest node of the trace')
    await ctx.screenshot(page, 'sorders-logistics')

    const failing = await paidAndShipped('SFERR1234567')
    await page.goto(`${ctx.baseUrl}/packages/order/pages/detail/index?id=${failing}`)
    await page.locator('.logistics__error', { hasText: '暂时查不到物流信息' }).waitFor({ timeout: 15_000 })
    expectTrue((await page.locator('.logistics__parcel').textContent())?.includes('SFERR1234567'), 'the number is still shown when WeChat fails')
    await ctx.screenshot(page, 'sorders-logistics-error')

    // A cancelled order of two lines, one of them taken off the shelf since.
    const cancelled = await order([[mug.skus[0].id, 2], [pot.skus[0].id, 1]])
    await ctx.api('order', 'cancel', { orderId: cancelled }, shopper)
    await ctx.api('merchant', 'setProductStatus', { storeId: store.id, productId: pot.id, status: 'off_shelf' }, owner)
    await page.goto(`${ctx.baseUrl}/packages/order/pages/detail/index?id=${cancelled}`)
    await page.locator('.order-detail__action--reorder').click()
    const modal = page.locator('.taro__modal')
    await modal.locator('text=侧把茶壶（已下架）').waitFor({ timeout: 15_000 })
    await ctx.screenshot(page, 'sorders-reorder-skipped')
    await modal.locator('.taro-model__confirm').click()
    await page.locator('.cart-line').first().waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.cart-line').count(), 1, 'lines in the cart after 再来一单')
    expectEqual(await page.locator('.cart-line .stepper__value').allTextContents(), ['2'], 'the quantity ordered before')
    await ctx.screenshot(page, 'sorders-reorder-cart')
  }),
]
