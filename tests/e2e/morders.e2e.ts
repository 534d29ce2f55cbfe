// The merchant's order work in Chromium: the console home shows what waits (待发货, 退款) and
// taps through to the filtered list; order cards carry the readable number, a thumbnail and the
// entry source; a number typed in the search finds its order; 批量发货 ships the ticked orders
// and says which one could not ship and why (its buyer asked a refund meanwhile); the shopper
// reads the same number on the order page.
import { randomBytes } from 'node:crypto'
import { expectEqual, expectTrue, fieldSelector, scenario } from './harness'

const OWNER = 'e2e-morders-owner'
const SHOPPER = 'e2e-morders-shopper'
const ADDRESS = { userName: '王五', telNumber: '13700001111', provinceName: '浙江省', cityName: '杭州市', countyName: '西湖区', detailInfo: '文三路 100 号' }

export default [
  scenario('merchant order work: waiting counts, numbers, thumbnails and sources, search, 批量发货 with a refused order', async (ctx) => {
    const store = await ctx.api('merchant', 'openStore', { name: '订单工具店' }, OWNER)
    const product = await ctx.api(
      'merchant',
      'saveProduct',
      { storeId: store.id, title: '青瓷茶杯', images: ['/files/demo/mug-1.svg'], status: 'on_sale', skus: [{ specs: {}, price: 3900, stock: 50 }] },
      OWNER,
    )
    // The first order comes from a Weibo link: its card says so.
    const visit = await ctx.api('entry', 'recordVisit', { launchId: randomBytes(8).toString('hex'), path: 'pages/product/index', query: { id: product.id, src: 'weibo' } }, SHOPPER)
    const buy = async (i: number, extra: Record<string, unknown> = {}) => {
      const order = await ctx.api(
        'order',
        'create',
        { storeId: store.id, items: [{ skuId: product.skus[0].id, quantity: 1 }], delivery: 'express', address: ADDRESS, idempotencyKey: `morders-${Date.now()}-${i}`, ...extra },
        SHOPPER,
      )
      await ctx.api('payment', 'simulate', { orderId: order.id }, SHOPPER)
      return order
    }
    const fromWeibo = await buy(1, { visitId: visit.visitId })
    const second = await buy(2)
    const third = await buy(3)
    const refunding = await buy(4)
    await ctx.api('order', 'requestRefund', { orderId: refunding.id, reason: '买重了' }, SHOPPER)
    expectTrue(/^\d{8}-\d{4}$/.test(fromWeibo.orderNo), `a readable order number (${fromWeibo.orderNo})`)

    const page = await ctx.newPage({ openid: OWNER })
    await page.goto(`${ctx.baseUrl}/packages/merchant/pages/index/index`)
    const toShip = page.locator('[data-pending="toShip"]')
    await toShip.waitFor({ timeout: 15_000 })
    expectEqual((await toShip.textContent())?.replace(/\s/g, ''), '3待发货›', 'the console home shows 3 orders to ship')
    expectEqual((await page.locator('[data-pending="refunds"]').textContent())?.replace(/\s/g, ''), '1待处理退款›', 'and 1 refund request')
    await ctx.screenshot(page, 'morders-home-pending')

    // Tapping 待发货 opens the list on that tab.
    await toShip.click()
    const card = page.locator(`.m-order[data-order="${fromWeibo.id}"]`)
    await card.waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.m-orders__tab--on').first().textContent(), '待发货3', 'the list opens on 待发货')
    expectEqual(await card.locator('.m-order__no').textContent(), fromWeibo.orderNo, 'the card shows the readable number')
    expectTrue(await card.locator('.m-order__thumb').count(), 'the card shows the first item’s thumbnail')
    expectEqual(await card.locator('.m-order__source').textContent(), '来自微博', 'the card shows where the order came from')
    await ctx.screenshot(page, 'morders-cards')

    // Search by number, typed without its dash.
    await page.locator(fieldSelector('.m-orders__search')).first().fill(second.orderNo.replace('-', ''))
    await page.locator(fieldSelector('.m-orders__search')).first().press('Enter')
    await page.waitForFunction((id) => document.querySelectorAll('.m-order').length === 1 && !!document.querySelector(`.m-order[data-order="${id}"]`), second.id, { timeout: 15_000 })
    await ctx.screenshot(page, 'morders-search')
    await page.locator(fieldSelector('.m-orders__search')).first().fill('')
    await page.locator('.m-orders__tab', { hasText: '待发货' }).click()
    await page.locator(`.m-order[data-order="${third.id}"]`).waitFor({ timeout: 15_000 })

    // 批量发货: tick two orders; one buyer asks a refund before the batch goes.
    await page.locator('.m-orders__batch-toggle').click()
    for (const [order, tracking] of [[second, 'SF2000000001'], [third, 'SF2000000002']] as const) {
      const row = page.locator(`[data-batch-order="${order.id}"]`)
      await row.locator('.m-batch__head').click()
      await row.locator(fieldSelector('.m-batch__tracking')).first().fill(tracking)
    }
    await ctx.screenshot(page, 'morders-batch-ticked')
    await ctx.api('order', 'requestRefund', { orderId: third.id, reason: '地址写错了' }, SHOPPER)
    await page.locator('.m-batch__submit').click()
    await page.locator(`[data-batch-order="${third.id}"] .m-batch__result--failed`).waitFor({ timeout: 15_000 })
    expectEqual(await page.locator(`[data-batch-order="${second.id}"] .m-batch__result`).textContent(), '已发货', 'the other order shipped')
    expectTrue((await page.locator(`[data-batch-order="${third.id}"] .m-batch__result`).textContent())?.startsWith('未发货：'), 'the refused order says why')
    await ctx.screenshot(page, 'morders-batch-results')
    const shipped = await ctx.api('order', 'get', { orderId: second.id }, SHOPPER)
    expectEqual([shipped.status, shipped.trackingNo], ['shipped', 'SF2000000001'], 'the batch shipped with its own tracking number')

    // The shopper reads the same number on the order page.
    const shopper = await ctx.newPage({ openid: SHOPPER })
    await shopper.goto(`${ctx.baseUrl}/packages/order/pages/detail/index?id=${second.id}`)
    const no = shopper.locator('.order-detail__no')
    await no.waitFor({ timeout: 15_000 })
    expectEqual(await no.textContent(), `订单号：${second.orderNo}`, 'the shopper’s order page shows the number')
    await ctx.screenshot(shopper, 'morders-shopper-detail')
  }),
]
