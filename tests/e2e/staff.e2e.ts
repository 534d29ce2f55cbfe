// Staff roles in Chromium on a fresh database: the owner invites a 发货员 on the 店员 page
// (a Mini Program code and a code to share); the invitee opens the invitation, accepts it and
// lands on the console with the 订单管理 tile only; they ship an order, but products and the
// refund decision are not theirs; the owner removes them and their next action is refused.
import type { Page } from 'playwright-core'
import { expectEqual, expectTrue, fieldSelector, scenario, type E2EContext } from './harness'

const OWNER = 'e2e-staff-owner'
const SHIPPER = 'e2e-staff-shipper'
const BUYER = 'e2e-staff-buyer'
const ADDRESS = { userName: '张三', telNumber: '13800000000', provinceName: '浙江省', cityName: '杭州市', countyName: '西湖区', detailInfo: '文三路 1 号' }
const FORBIDDEN_AS_SHIPPER = '你在本店的角色是发货员，不能进行此操作'

async function paidOrder(ctx: E2EContext, storeId: string, skuId: string, n: number): Promise<string> {
  const order = await ctx.api('order', 'create', {
    storeId, items: [{ skuId, quantity: 1 }], address: ADDRESS, delivery: 'express', idempotencyKey: `e2e-staff-order-${n}-${Date.now()}`,
  }, BUYER)
  await ctx.api('payment', 'simulate', { orderId: order.id }, BUYER)
  return order.id
}

async function visibleTiles(page: Page): Promise<string[]> {
  return (await page.locator('.merchant-home__entry-label').allTextContents()).map((t) => t.trim())
}

export default [
  scenario('staff: the owner invites a 发货员 → they accept, see orders and ship one, cannot open products or refunds → removed, their next action is refused', async (ctx) => {
    const store = await ctx.api('merchant', 'openStore', { name: '店员测试铺' }, OWNER)
    const product = await ctx.api('merchant', 'saveProduct', {
      storeId: store.id, title: '发货测试杯', images: ['/files/demo/mug-1.svg'], status: 'on_sale', skus: [{ specs: {}, price: 1800, stock: 20 }],
    }, OWNER)
    const skuId = product.skus[0].id
    const first = await paidOrder(ctx, store.id, skuId, 1)
    const second = await paidOrder(ctx, store.id, skuId, 2)
    const refundAsked = await paidOrder(ctx, store.id, skuId, 3)
    await ctx.api('order', 'requestRefund', { orderId: refundAsked, reason: '拍错了' }, BUYER)

    // The owner's 店员 page: pick 发货员, make the invitation.
    const owner = await ctx.newPage({ openid: OWNER })
    await owner.goto(`${ctx.baseUrl}/packages/merchant/pages/index/index`)
    await owner.locator('.merchant-home__entry-label', { hasText: '店员' }).click()
    await owner.waitForURL(/pages\/staff\/index/, { waitUntil: 'commit' })
    await owner.locator('.staff-list__name, .staff-list .console__hint').first().waitFor()
    await owner.locator('.staff-invite__role[data-role="shipping"]').click()
    await owner.locator('.staff-invite__make').click()
    const code = (await owner.locator('.staff-invite__code').textContent())?.trim() ?? ''
    expectTrue(/^[2-9A-Z]{10}$/.test(code), `the invitation shows its code (got ${code})`)
    const qr = owner.locator('.staff-invite__qr img, img.staff-invite__qr').first()
    await qr.waitFor()
    await owner.waitForFunction((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, await qr.elementHandle())
    expectTrue(await owner.locator('.staff-invite__share').isVisible(), 'the invitation can be shared')
    await ctx.screenshot(owner, 'staff-invite')

    // The invitee opens the invitation's page (what the share card and the code open).
    const shipper = await ctx.newPage({ openid: SHIPPER })
    await shipper.goto(`${ctx.baseUrl}/packages/merchant/pages/accept-invite/index?code=${code}`)
    await shipper.locator('.accept-invite__store', { hasText: '店员测试铺' }).waitFor()
    expectEqual((await shipper.locator('.accept-invite__role').textContent())?.trim(), '担任发货员', 'the invitation shows the role')
    await ctx.screenshot(shipper, 'staff-accept')
    await shipper.locator('.accept-invite__accept').click()
    await shipper.waitForURL(/merchant\/pages\/index\/index/, { waitUntil: 'commit' })
    await shipper.locator('.merchant-home__role', { hasText: '发货员' }).waitFor()
    expectEqual(await visibleTiles(shipper), ['订单管理'], 'a 发货员 sees the orders tile only')
    expectEqual(await shipper.locator('.merchant-home__today').count(), 0, 'no sales figures for a 发货员')
    await ctx.screenshot(shipper, 'staff-console-shipping')

    // Orders: ship the first paid order from the page.
    await shipper.locator('.merchant-home__entry-label', { hasText: '订单管理' }).click()
    const card = shipper.locator(`.m-order[data-order="${first}"]`)
    await card.waitFor()
    await card.locator(fieldSelector('.m-order__tracking')).first().fill('SF1234567890')
    await card.locator('.m-order__primary', { hasText: '发货' }).click()
    await shipper.locator('.m-order[data-order="' + first + '"]').waitFor({ state: 'detached' })
    const shipped = await ctx.api('merchant', 'listOrders', { storeId: store.id, status: 'shipped' }, OWNER)
    expectTrue(shipped.items.some((o: any) => o.id === first), 'the 发货员 shipped the order')
    // Refunds: the request is listed, but the decision is not offered, and the cloud refuses it.
    await shipper.locator('.m-orders__tab', { hasText: '退款申请' }).click()
    const refundCard = shipper.locator(`.m-order[data-order="${refundAsked}"]`)
    await refundCard.waitFor()
    expectEqual(await refundCard.locator('.m-order__refund').count(), 0, 'no refund decision for a 发货员')
    await ctx.screenshot(shipper, 'staff-orders-refund-tab')
    const refusal = await fetch(`${ctx.baseUrl}/fn/merchant`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': SHIPPER },
      body: JSON.stringify({ action: 'decideRefund', data: { orderId: refundAsked, approve: true } }),
    }).then((res) => res.json())
    expectEqual(refusal.error?.code, 'FORBIDDEN', 'the cloud refuses a 发货员 deciding a refund')
    // Products: the page opened by its address says so instead of listing them.
    await shipper.goto(`${ctx.baseUrl}/packages/merchant/pages/products/index?storeId=${store.id}`)
    await shipper.getByText(FORBIDDEN_AS_SHIPPER).first().waitFor()
    await ctx.screenshot(shipper, 'staff-products-refused')

    // The owner sees them on the 店员 page and removes them.
    await owner.reload()
    const member = owner.locator(`.staff-list__member[data-openid="${SHIPPER}"]`)
    await member.waitFor()
    await member.locator('.staff-list__remove').click()
    await owner.locator('.taro__modal .taro-model__confirm').click()
    await member.waitFor({ state: 'detached' })
    await ctx.screenshot(owner, 'staff-removed')

    // Their very next action is refused: shipping the second order from the page they had open.
    await shipper.goto(`${ctx.baseUrl}/packages/merchant/pages/orders/index?storeId=${store.id}`)
    await shipper.getByText('这不是你的店铺，无法管理').first().waitFor()
    const after = await fetch(`${ctx.baseUrl}/fn/merchant`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': SHIPPER },
      body: JSON.stringify({ action: 'ship', data: { orderId: second, carrier: 'SF', trackingNo: 'SF1234567891' } }),
    }).then((res) => res.json())
    expectEqual(after.error?.code, 'FORBIDDEN', 'a removed 发货员 cannot ship')
    const stillPaid = await ctx.api('merchant', 'listOrders', { storeId: store.id, status: 'paid' }, OWNER)
    expectTrue(stillPaid.items.some((o: any) => o.id === second), 'the refused shipment changed nothing')
    await shipper.goto(`${ctx.baseUrl}/packages/merchant/pages/index/index`)
    await shipper.getByText('立即开店').waitFor()
  }),
]
