import { eq } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase, testCtx } from '../../tests/support/test-db'
import { ADDRESS, makeStore, nextKey, orderRequest, paidOrder, placeOrder, type Fixture } from '../../tests/support/fixtures'
import { orderTablesSnapshot, stockInvariantViolations, stockOf } from '../../tests/support/order-checks'
import type { Database } from '../db/client'
import { dispatch } from '../dispatch'
import { registry } from '../functions'
import type { Platform, ShipmentUpload } from '../platform/platform'
import { outbox, refunds } from '../db/schema'

describe(`merchant orders (${DATABASE_KIND})`, () => {
  let database: Database
  let shop: Fixture
  let rival: Fixture
  const buyer = 'mo-buyer'

  beforeAll(async () => {
    database = await openTestDatabase()
    shop = await makeStore(database, { skus: [{ price: 1000, stock: 30 }, { price: 2500, stock: 30 }] })
    rival = await makeStore(database, { skus: [{ price: 100, stock: 5 }] })
  })
  afterAll(() => database.close())

  const paidTwoLines = (delivery: 'express' | 'pickup' = 'express') => paidOrder(database, buyer, orderRequest(shop, [[0, 2], [1, 1]], { delivery }))

  it('lists the store’s orders by status with the count of each status', async () => {
    const paid = await paidTwoLines()
    const unpaid = await placeOrder(database, buyer, { storeId: shop.storeId, items: [{ skuId: shop.skuIds[0], quantity: 1 }], delivery: 'pickup', idempotencyKey: nextKey() })
    const page = await callOk(database, 'merchant', 'listOrders', { storeId: shop.storeId, status: 'paid' }, { openid: shop.ownerOpenid })
    expect(page.items.map((o: any) => o.id)).toEqual([paid.id])
    expect(page.counts).toEqual({ paid: 1, pending_payment: 1 })
    const all = await callOk(database, 'merchant', 'listOrders', { storeId: shop.storeId }, { openid: shop.ownerOpenid })
    expect(all.items.map((o: any) => o.id)).toEqual([unpaid.id, paid.id])
    expect(all.items[1].address).toEqual(ADDRESS)
  })

  it('keeps another merchant out: FORBIDDEN for their store and their orders, NOT_FOUND for unknown ones', async () => {
    const order = await paidTwoLines()
    const before = await orderTablesSnapshot(database.db)
    const attempts = [
      ['listOrders', { storeId: shop.storeId }],
      ['ship', { orderId: order.id, carrier: 'SF', trackingNo: 'SF00000001' }],
      ['decideRefund', { orderId: order.id, approve: true }],
    ] as const
    for (const [action, data] of attempts) {
      const answer = await call(database, 'merchant', action, data, { openid: rival.ownerOpenid })
      expect([action, answer.status, answer.body]).toMatchObject([action, 403, { ok: false, error: { code: 'FORBIDDEN' } }])
    }
    expect((await call(database, 'merchant', 'listOrders', { storeId: 'nostore' }, { openid: rival.ownerOpenid })).body).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    expect((await call(database, 'merchant', 'ship', { orderId: 'noorder', carrier: 'SF', trackingNo: 'SF00000001' }, { openid: shop.ownerOpenid })).body).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    expect((await call(database, 'merchant', 'listOrders', { storeId: shop.storeId })).body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
    expect(await orderTablesSnapshot(database.db)).toBe(before)
  })

  it('ships a paid order once with carrier and tracking number, and tells the buyer', async () => {
    const order = await paidTwoLines()
    const noTracking = await call(database, 'merchant', 'ship', { orderId: order.id }, { openid: shop.ownerOpenid })
    expect(noTracking.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    const badCarrier = await call(database, 'merchant', 'ship', { orderId: order.id, carrier: 'XX', trackingNo: 'SF00000001' }, { openid: shop.ownerOpenid })
    expect(badCarrier.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })

    const shipped = await callOk(database, 'merchant', 'ship', { orderId: order.id, carrier: '中通快递', trackingNo: '75312345678901' }, { openid: shop.ownerOpenid })
    expect(shipped).toMatchObject({ status: 'shipped', carrier: 'ZTO', trackingNo: '75312345678901' })
    const again = await call(database, 'merchant', 'ship', { orderId: order.id, carrier: 'SF', trackingNo: 'SF00000002' }, { openid: shop.ownerOpenid })
    expect(again.body).toMatchObject({ ok: false, error: { code: 'ORDER_STATE', details: { status: 'shipped' } } })
    const [message] = await database.db.select().from(outbox).where(eq(outbox.dedupeKey, `order-shipped:${order.id}`))
    expect(message).toMatchObject({ touser: buyer, kind: 'order_shipped' })
    expect((message.data as any).thing2.value).toBe('中通快递')
  })

  it('uploads the shipment to the pay platform; a failed upload changes nothing', async () => {
    const order = await paidTwoLines()
    const uploads: ShipmentUpload[] = []
    const ctx = testCtx(database, { openid: shop.ownerOpenid })
    const platform = (fail: boolean): Platform => ({
      ...ctx.platform,
      shipping: {
        async uploadShippingInfo(shipment) {
          if (fail) throw new Error('10060031 payer mismatch')
          uploads.push(shipment)
        },
      },
    })
    const data = { orderId: order.id, carrier: 'SF', trackingNo: 'SF1234567890' }
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const failed = await dispatch(registry, 'merchant', { action: 'ship', data }, { ...ctx, platform: platform(true) })
    warn.mockRestore()
    expect(failed.body).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect((await callOk(database, 'order', 'get', { orderId: order.id }, { openid: buyer })).status).toBe('paid')
    expect(await database.db.select().from(outbox).where(eq(outbox.dedupeKey, `order-shipped:${order.id}`))).toHaveLength(0)

    const ok = await dispatch(registry, 'merchant', { action: 'ship', data }, { ...ctx, platform: platform(false) })
    expect(ok.body).toMatchObject({ ok: true, data: { status: 'shipped' } })
    expect(uploads).toEqual([
      expect.objectContaining({
        transactionId: `sim_${order.id}`,
        payerOpenid: buyer,
        delivery: 'express',
        carrier: 'SF',
        trackingNo: 'SF1234567890',
        receiverContact: '138****8000',
      }),
    ])
    expect(uploads[0].itemDesc).toContain('手工陶瓷马克杯×2')
  })

  it('marks a pickup order ready without a tracking number', async () => {
    const order = await paidTwoLines('pickup')
    const ready = await callOk(database, 'merchant', 'ship', { orderId: order.id }, { openid: shop.ownerOpenid })
    expect(ready).toMatchObject({ status: 'shipped', carrier: null, trackingNo: null })
  })

  it('approves a refund: refunded, stock released once, a refund recorded; a second decision is ORDER_STATE', async () => {
    const order = await paidTwoLines()
    const stocks = [await stockOf(database.db, shop.skuIds[0]), await stockOf(database.db, shop.skuIds[1])]
    await callOk(database, 'order', 'requestRefund', { orderId: order.id, reason: '尺码不合适' }, { openid: buyer })
    const refunded = await callOk(database, 'merchant', 'decideRefund', { orderId: order.id, approve: true }, { openid: shop.ownerOpenid })
    // The local twin confirms at once, so the money is back (refundStatus succeeded, refundedAt set).
    expect(refunded).toMatchObject({ status: 'refunded', refundReason: '尺码不合适', refundStatus: 'succeeded' })
    expect(refunded.refundedAt).not.toBeNull()
    expect([await stockOf(database.db, shop.skuIds[0]), await stockOf(database.db, shop.skuIds[1])]).toEqual([stocks[0] + 2, stocks[1] + 1])
    expect(await database.db.select().from(refunds).where(eq(refunds.orderId, order.id))).toEqual([
      expect.objectContaining({ amount: order.total, status: 'succeeded', reason: '尺码不合适' }),
    ])
    const again = await call(database, 'merchant', 'decideRefund', { orderId: order.id, approve: true }, { openid: shop.ownerOpenid })
    expect(again.body).toMatchObject({ ok: false, error: { code: 'ORDER_STATE' } })
    expect([await stockOf(database.db, shop.skuIds[0]), await stockOf(database.db, shop.skuIds[1])]).toEqual([stocks[0] + 2, stocks[1] + 1])
    expect(await stockInvariantViolations(database.db, shop.initial)).toEqual([])
  })

  it('refuses a refund with a reason: the order goes back to where it was (shipped)', async () => {
    const order = await paidTwoLines()
    await callOk(database, 'merchant', 'ship', { orderId: order.id, carrier: 'YTO', trackingNo: 'YT1234567890' }, { openid: shop.ownerOpenid })
    await callOk(database, 'order', 'requestRefund', { orderId: order.id, reason: '不想要了' }, { openid: buyer })
    const noReason = await call(database, 'merchant', 'decideRefund', { orderId: order.id, approve: false }, { openid: shop.ownerOpenid })
    expect(noReason.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    const refused = await callOk(database, 'merchant', 'decideRefund', { orderId: order.id, approve: false, reason: '已发货，请收货后申请退货' }, { openid: shop.ownerOpenid })
    expect(refused).toMatchObject({ status: 'shipped', refundDecisionReason: '已发货，请收货后申请退货' })
    expect(await database.db.select().from(refunds).where(eq(refunds.orderId, order.id))).toHaveLength(0)
    // The buyer can confirm receipt again.
    expect((await callOk(database, 'order', 'confirmReceipt', { orderId: order.id }, { openid: buyer })).status).toBe('completed')
  })
  // A refund the platform refuses at first: cloud/refund/refund.test.ts (the approval stands, the timer retries).
})
