import { eq } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase, testCtx } from '../../tests/support/test-db'
import { makeStore, orderRequest, paidNotice, placeOrder, type Fixture } from '../../tests/support/fixtures'
import { orderTablesSnapshot, stockInvariantViolations, stockOf } from '../../tests/support/order-checks'
import type { Database } from '../db/client'
import { dispatch } from '../dispatch'
import { registry } from '../functions'
import { orders, outbox, payments, refunds } from '../db/schema'

describe(`payment (${DATABASE_KIND})`, () => {
  let database: Database
  let shop: Fixture
  const buyer = 'payer'

  beforeAll(async () => {
    database = await openTestDatabase()
    shop = await makeStore(database, { skus: [{ price: 2000, stock: 50 }] })
  })
  afterAll(() => database.close())

  const newOrder = (quantity = 1) => placeOrder(database, buyer, orderRequest(shop, [[0, quantity]]))

  /** Everything WeChat's callback carries (WECHAT-API.md section 1), not only what notify reads. */
  const callback = (order: { id: string; total: number }, extra: Record<string, unknown> = {}) => paidNotice(order, {
    appid: 'wx0000',
    mchId: '1900000109',
    subMchId: '1900000110',
    subOpenid: buyer,
    tradeType: 'JSAPI',
    bankType: 'CMC',
    cashFee: order.total,
    feeType: 'CNY',
    transactionId: `420000${order.id}`,
    timeEnd: '20261125140305',
    nonceStr: 'abc',
    isSubscribe: 'N',
    ...extra,
  })

  const notify = (data: unknown, now?: () => Date) => call(database, 'payment', 'notify', data, { caller: 'platform', now })

  it('is never callable by a user, over any identity', async () => {
    const order = await newOrder()
    for (const openid of [undefined, buyer, shop.ownerOpenid]) {
      const answer = await call(database, 'payment', 'notify', callback(order), { openid })
      expect(answer.status).toBe(403)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect((await callOk(database, 'order', 'get', { orderId: order.id }, { openid: buyer })).status).toBe('pending_payment')
  })

  it('moves a pending order to paid once, records one payment, and answers repeats without change', async () => {
    const order = await newOrder()
    const first = await notify(callback(order))
    expect(first.body).toMatchObject({ ok: true, data: { orderId: order.id, outcome: 'paid', status: 'paid' } })
    const late = await notify(callback(order), () => new Date(Date.now() + 2 * 86400_000))
    expect(late.body).toMatchObject({ ok: true, data: { outcome: 'paid', duplicate: true } })
    const rows = await database.db.select().from(payments).where(eq(payments.orderId, order.id))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ provider: 'simulated', amount: order.total, outcome: 'paid', transactionId: `420000${order.id}` })
    expect(await database.db.select().from(outbox).where(eq(outbox.dedupeKey, `order-paid:${order.id}`))).toHaveLength(1)
  })

  it('refuses a forged amount, an unknown order and a transaction id reused for another order; nothing changes', async () => {
    const order = await newOrder()
    const before = await orderTablesSnapshot(database.db)
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const forged = await notify(callback(order, { totalFee: 1 }))
    warn.mockRestore()
    expect(forged.status).toBe(400)
    expect(forged.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect((await notify(callback({ id: 'nosuchorder', total: 100 }))).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await notify({ ...callback(order), totalFee: '2000' })).body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect((await notify({ resultCode: 'SUCCESS' })).body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(await orderTablesSnapshot(database.db)).toBe(before)

    const other = await newOrder()
    await notify(callback(other))
    const reused = await notify(callback(order, { transactionId: `420000${other.id}` }))
    expect(reused.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect((await callOk(database, 'order', 'get', { orderId: order.id }, { openid: buyer })).status).toBe('pending_payment')
  })

  it('keeps the whole event, keys it does not know included, even one PostgreSQL could not store as sent', async () => {
    const order = await newOrder()
    const answer = await notify(callback(order, { attach: 'a\u0000b', promotionDetail: [{ id: 1 }] }))
    expect(answer.body).toMatchObject({ ok: true, data: { outcome: 'paid' } })
    const [row] = await database.db.select().from(payments).where(eq(payments.orderId, order.id))
    expect(row.raw).toMatchObject({ attach: 'ab', promotionDetail: [{ id: 1 }], bankType: 'CMC' })
  })

  it('ignores a callback that does not report success', async () => {
    const order = await newOrder()
    const answer = await notify(callback(order, { resultCode: 'FAIL' }))
    expect(answer.body).toMatchObject({ ok: true, data: { outcome: 'ignored' } })
    expect(await database.db.select().from(payments).where(eq(payments.orderId, order.id))).toHaveLength(0)
  })

  it('records a payment for a cancelled order as paid_after_cancel and refunds it through the pay adapter, stock untouched', async () => {
    const order = await newOrder(2)
    await callOk(database, 'order', 'cancel', { orderId: order.id }, { openid: buyer })
    const stock = await stockOf(database.db, shop.skuIds[0])
    const answer = await notify(callback(order))
    expect(answer.body).toMatchObject({ ok: true, data: { outcome: 'paid_after_cancel', status: 'cancelled' } })
    expect(await stockOf(database.db, shop.skuIds[0])).toBe(stock)
    // The local twin confirms a refund at once: the money is back, nothing is due any more.
    const [row] = await database.db.select().from(orders).where(eq(orders.id, order.id))
    expect(row).toMatchObject({ status: 'cancelled', refundDue: false })
    expect(row.refundedAt).not.toBeNull()
    expect(await database.db.select().from(refunds).where(eq(refunds.orderId, order.id))).toEqual([
      expect.objectContaining({ id: `rf${order.id}`, amount: order.total, status: 'succeeded', attempts: 1, nextAttemptAt: null }),
    ])
    expect(await database.db.select().from(payments).where(eq(payments.orderId, order.id))).toEqual([
      expect.objectContaining({ outcome: 'paid_after_cancel' }),
    ])
    expect(await database.db.select().from(outbox).where(eq(outbox.dedupeKey, `order-paid:${order.id}`))).toHaveLength(0)
    // And again, later: still one of each, and no second refund.
    expect((await notify(callback(order))).body).toMatchObject({ ok: true, data: { outcome: 'paid_after_cancel', duplicate: true } })
    expect(await database.db.select().from(payments).where(eq(payments.orderId, order.id))).toHaveLength(1)
    expect(await database.db.select().from(refunds).where(eq(refunds.orderId, order.id))).toHaveLength(1)
    expect(await stockInvariantViolations(database.db, shop.initial)).toEqual([])
    const view = await callOk(database, 'order', 'get', { orderId: order.id }, { openid: buyer })
    expect(view).toMatchObject({ status: 'cancelled', refundDue: false, refundStatus: 'succeeded' })
  })

  it('refuses a refund result sent to notify (it is routed to refundNotify), changing nothing', async () => {
    const order = await newOrder()
    await callOk(database, 'order', 'cancel', { orderId: order.id }, { openid: buyer })
    const answer = await notify({ outRefundNo: `rf${order.id}`, refundStatus: 'SUCCESS' })
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(await database.db.select().from(refunds).where(eq(refunds.orderId, order.id))).toHaveLength(0)
  })

  it('simulate is the buyer paying through the same notify handler; refused in production', async () => {
    const order = await newOrder()
    const prod = await call(database, 'payment', 'simulate', { orderId: order.id }, { openid: buyer, production: true })
    expect(prod.status).toBe(403)
    expect(prod.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await call(database, 'payment', 'simulate', { orderId: order.id })).body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
    const paid = await callOk(database, 'payment', 'simulate', { orderId: order.id }, { openid: buyer })
    expect(paid.status).toBe('paid')
    const [payment] = await database.db.select().from(payments).where(eq(payments.orderId, order.id))
    expect(payment).toMatchObject({ provider: 'simulated', transactionId: `sim_${order.id}`, amount: order.total })
    // A WeChat-shaped callback for the same payment later changes nothing.
    const again = await dispatch(registry, 'payment', { action: 'notify', data: callback(order, { transactionId: `sim_${order.id}` }) }, {
      ...testCtx(database),
      caller: 'platform',
    })
    expect(again.body).toMatchObject({ ok: true, data: { duplicate: true } })
  })
})
