// Refunds as WeChat runs them: asked through the pay adapter (accepted is not refunded), asked
// again by the timer while unconfirmed, settled once by the refund notice however often and
// however late it comes. The pay adapter here answers like WeChat (tests/support/async-pay.ts).
import { eq } from 'drizzle-orm'
import { asyncPay, callWith, refundNoticeFor, type AsyncPay } from '../../tests/support/async-pay'
import { makeStore, orderRequest, paidNotice, placeOrder, type Fixture } from '../../tests/support/fixtures'
import { orderTablesSnapshot, stockInvariantViolations, stockOf } from '../../tests/support/order-checks'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { orders, refunds } from '../db/schema'

const MINUTE = 60_000

describe(`refunds (${DATABASE_KIND})`, () => {
  let database: Database
  let shop: Fixture
  let pay: AsyncPay
  const buyer = 'refund-buyer'

  beforeAll(async () => {
    database = await openTestDatabase()
    shop = await makeStore(database, { skus: [{ price: 1500, stock: 100 }] })
  })
  beforeEach(() => {
    pay = asyncPay()
    // Refused asks and failed refunds are logged on purpose; the tests read the rows instead.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(async () => {
    jest.restoreAllMocks()
    expect(await stockInvariantViolations(database.db, shop.initial)).toEqual([])
  })
  afterAll(() => database.close())

  const newOrder = (quantity = 1) => placeOrder(database, buyer, orderRequest(shop, [[0, quantity]]))
  const payment = (order: { id: string; total: number }) => paidNotice(order, { subOpenid: buyer, timeEnd: '20261125140305' })
  const platformCall = (action: string, data: unknown, now?: () => Date, fn = 'payment') => callWith(pay.platform, database, fn, action, data, { caller: 'platform', now })
  const tick = (now: () => Date) => callWith(pay.platform, database, 'timer', 'tick', {}, { caller: 'platform', now })
  const refundOf = async (orderId: string) => (await database.db.select().from(refunds).where(eq(refunds.orderId, orderId)))[0]
  const orderRow = async (orderId: string) => (await database.db.select().from(orders).where(eq(orders.id, orderId)))[0]
  const view = (orderId: string) => callOk(database, 'order', 'get', { orderId }, { openid: buyer })

  /** An order cancelled before its payment arrived. */
  async function latePayment(now?: () => Date) {
    const order = await newOrder()
    await callOk(database, 'order', 'cancel', { orderId: order.id }, { openid: buyer })
    const answer = await platformCall('notify', payment(order), now)
    expect(answer.body).toMatchObject({ ok: true, data: { outcome: 'paid_after_cancel', status: 'cancelled' } })
    return order
  }

  it('asks the platform once for a payment that arrived after the cancel; the notice settles it once', async () => {
    const order = await latePayment()
    expect(pay.asks).toEqual([{ orderId: order.id, refundNo: `rf${order.id}`, total: order.total, amount: order.total, reason: '订单取消后才到账，原路退回' }])
    // Accepted is not refunded: still due, no refundedAt.
    expect(await view(order.id)).toMatchObject({ status: 'cancelled', refundDue: true, refundStatus: 'pending', refundedAt: null })
    expect((await refundOf(order.id)).requestedAt).not.toBeNull()

    const refund = await refundOf(order.id)
    const success = await platformCall('refundNotify', refundNoticeFor(refund, 'SUCCESS'))
    expect(success.body).toMatchObject({ ok: true, data: { refundId: refund.id, status: 'succeeded', changed: true } })
    const settled = await view(order.id)
    expect(settled).toMatchObject({ status: 'cancelled', refundDue: false, refundStatus: 'succeeded' })
    expect(settled.refundedAt).not.toBeNull()

    // Delivered again, then a stale failure arriving late, in the other spelling: nothing changes.
    const before = await orderTablesSnapshot(database.db)
    expect((await platformCall('refundNotify', refundNoticeFor(refund, 'SUCCESS'))).body).toMatchObject({ ok: true, data: { changed: false } })
    expect((await platformCall('refundNotify', { out_refund_no: refund.id, refund_status: 'CHANGE', refund_fee: refund.amount })).body).toMatchObject({
      ok: true,
      data: { status: 'succeeded', changed: false },
    })
    expect(await orderTablesSnapshot(database.db)).toBe(before)
    expect(await view(order.id)).toEqual(settled)
    // Settled refunds are never asked again.
    await tick(() => new Date(Date.now() + 48 * 3_600_000))
    expect(pay.asks).toHaveLength(1)
  })

  it('a refused ask stays pending and the timer asks again (same refund number) until the notice confirms it', async () => {
    pay.refuse = 'NOTENOUGH: 基本账户余额不足'
    const t0 = Date.now()
    const order = await latePayment(() => new Date(t0))
    expect(pay.asks).toHaveLength(1)
    const refused = await refundOf(order.id)
    expect(refused).toMatchObject({ status: 'pending', attempts: 1, lastError: 'NOTENOUGH: 基本账户余额不足', requestedAt: null })
    expect(await view(order.id)).toMatchObject({ refundDue: true, refundStatus: 'pending' })

    // Before its next attempt is due the timer leaves it alone.
    expect((await tick(() => new Date(t0 + 30_000))).body).toMatchObject({ ok: true, data: { failed: [] } })
    expect(pay.asks).toHaveLength(1)
    // Still refused a minute later: asked, and pushed further back.
    expect((await tick(() => new Date(t0 + 1 * MINUTE))).body).toMatchObject({ ok: true, data: { refunds: { error: 1 } } })
    expect(pay.asks).toHaveLength(2)
    pay.refuse = null
    expect((await tick(() => new Date(t0 + 4 * MINUTE))).body).toMatchObject({ ok: true, data: { refunds: { pending: 1 } } })
    expect(pay.asks.map((ask) => ask.refundNo)).toEqual([`rf${order.id}`, `rf${order.id}`, `rf${order.id}`])
    expect(await refundOf(order.id)).toMatchObject({ status: 'pending', attempts: 3, lastError: null })

    // No notice in six hours: asked again with the same number, which WeChat answers as the same refund.
    await tick(() => new Date(t0 + 7 * 60 * MINUTE))
    expect(pay.asks).toHaveLength(4)
    const refund = await refundOf(order.id)
    expect((await platformCall('refundNotify', refundNoticeFor(refund, 'SUCCESS'))).body).toMatchObject({ ok: true, data: { changed: true } })
    expect(await view(order.id)).toMatchObject({ refundDue: false, refundStatus: 'succeeded' })
    await tick(() => new Date(t0 + 30 * 60 * MINUTE))
    expect(pay.asks).toHaveLength(4)
  })

  it('a closed or abnormal refund is flagged failed, still due and not asked again; a later success still counts', async () => {
    const order = await latePayment()
    const refund = await refundOf(order.id)
    const failed = await platformCall('refundNotify', refundNoticeFor(refund, 'CHANGE'))
    expect(failed.body).toMatchObject({ ok: true, data: { status: 'failed', changed: true } })
    expect(await view(order.id)).toMatchObject({ status: 'cancelled', refundDue: true, refundStatus: 'failed', refundedAt: null })
    expect(await refundOf(order.id)).toMatchObject({ status: 'failed', lastError: 'CHANGE', nextAttemptAt: null })
    expect((await platformCall('refundNotify', refundNoticeFor(refund, 'REFUNDCLOSE'))).body).toMatchObject({ ok: true, data: { changed: false } })
    await tick(() => new Date(Date.now() + 48 * 3_600_000))
    expect(pay.asks).toHaveLength(1)
    // Handled by a person in the merchant platform: its success notice is the truth.
    expect((await platformCall('refundNotify', refundNoticeFor(refund, 'SUCCESS'))).body).toMatchObject({ ok: true, data: { status: 'succeeded', changed: true } })
    expect(await view(order.id)).toMatchObject({ refundDue: false, refundStatus: 'succeeded' })
  })

  it('refuses notices that do not match a refund of ours, changing nothing; users cannot send one', async () => {
    const order = await latePayment()
    const refund = await refundOf(order.id)
    const before = await orderTablesSnapshot(database.db)
    const cases: Array<[unknown, string]> = [
      [refundNoticeFor({ ...refund, id: 'rfnosuchorder' }, 'SUCCESS'), 'NOT_FOUND'],
      [refundNoticeFor(refund, 'SUCCESS', { refundFee: refund.amount - 1 }), 'VALIDATION_FAILED'],
      [refundNoticeFor(refund, 'SUCCESS', { outTradeNo: 'someoneelse' }), 'VALIDATION_FAILED'],
      [{ outRefundNo: refund.id }, 'VALIDATION_FAILED'],
      [{ outRefundNo: '../x', refundStatus: 'SUCCESS' }, 'VALIDATION_FAILED'],
    ]
    for (const [data, code] of cases) expect((await platformCall('refundNotify', data)).body).toMatchObject({ ok: false, error: { code } })
    for (const openid of [undefined, buyer, shop.ownerOpenid]) {
      const answer = await call(database, 'payment', 'refundNotify', refundNoticeFor(refund, 'SUCCESS'), { openid })
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await orderTablesSnapshot(database.db)).toBe(before)
    // A notice that reports no result (communication failure) is kept, and settles nothing.
    expect((await platformCall('refundNotify', refundNoticeFor(refund, 'SUCCESS', { returnCode: 'FAIL' }))).body).toMatchObject({ ok: true, data: { changed: false } })
    expect(await refundOf(order.id)).toMatchObject({ status: 'pending', notice: expect.objectContaining({ returnCode: 'FAIL' }) })
  })

  it('an approved refund request is refunded (stock back) but refundedAt waits for the notice', async () => {
    const order = await newOrder(3)
    await platformCall('notify', payment(order))
    await callOk(database, 'order', 'requestRefund', { orderId: order.id, reason: '尺码不合适' }, { openid: buyer })
    const stock = await stockOf(database.db, shop.skuIds[0])
    const approved = await callWith(pay.platform, database, 'merchant', 'decideRefund', { orderId: order.id, approve: true }, { openid: shop.ownerOpenid })
    expect(approved.body).toMatchObject({ ok: true, data: { status: 'refunded', refundStatus: 'pending', refundedAt: null } })
    expect(await stockOf(database.db, shop.skuIds[0])).toBe(stock + 3)
    expect(pay.asks).toEqual([expect.objectContaining({ refundNo: `rf${order.id}`, total: order.total, amount: order.total, reason: '尺码不合适' })])
    expect((await orderRow(order.id)).refundDue).toBe(false)

    const refund = await refundOf(order.id)
    await platformCall('refundNotify', refundNoticeFor(refund, 'SUCCESS'))
    const done = await view(order.id)
    expect(done).toMatchObject({ status: 'refunded', refundStatus: 'succeeded' })
    expect(done.refundedAt).not.toBeNull()
  })

  it('an approval the platform refuses still stands, and the timer gets the refund through', async () => {
    const order = await newOrder()
    await platformCall('notify', payment(order))
    await callOk(database, 'order', 'requestRefund', { orderId: order.id, reason: '质量问题' }, { openid: buyer })
    pay.refuse = 'SYSTEMERROR'
    const t0 = Date.now()
    const approved = await callWith(pay.platform, database, 'merchant', 'decideRefund', { orderId: order.id, approve: true }, { openid: shop.ownerOpenid, now: () => new Date(t0) })
    expect(approved.body).toMatchObject({ ok: true, data: { status: 'refunded', refundStatus: 'pending' } })
    // A second approval is a state error and asks nothing.
    const again = await callWith(pay.platform, database, 'merchant', 'decideRefund', { orderId: order.id, approve: true }, { openid: shop.ownerOpenid })
    expect(again.body).toMatchObject({ ok: false, error: { code: 'ORDER_STATE' } })
    expect(pay.asks).toHaveLength(1)
    pay.refuse = null
    await tick(() => new Date(t0 + 2 * MINUTE))
    expect(pay.asks.map((ask) => ask.refundNo)).toEqual([`rf${order.id}`, `rf${order.id}`])
    await platformCall('refundNotify', refundNoticeFor(await refundOf(order.id), 'SUCCESS'))
    expect(await view(order.id)).toMatchObject({ status: 'refunded', refundStatus: 'succeeded' })
  })
})
