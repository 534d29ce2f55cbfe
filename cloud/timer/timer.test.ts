import { eq } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { makeStore, nextKey, placeOrder, type Fixture } from '../../tests/support/fixtures'
import { stockInvariantViolations, stockOf } from '../../tests/support/order-checks'
import type { Database } from '../db/client'
import { liveRooms, outbox, refunds } from '../db/schema'
import { asyncPay, callWith } from '../../tests/support/async-pay'
import { runPeriodicJobs } from './periodic-jobs'


describe(`timer (${DATABASE_KIND})`, () => {
  let database: Database
  let shop: Fixture

  beforeAll(async () => {
    database = await openTestDatabase()
    shop = await makeStore(database, { skus: [{ price: 500, stock: 20 }] })
  })
  afterAll(() => database.close())

  const order = (at: Date, quantity = 1) =>
    placeOrder(database, 'timer-buyer', { storeId: shop.storeId, items: [{ skuId: shop.skuIds[0], quantity }], delivery: 'pickup', idempotencyKey: nextKey() }, { now: () => at })

  it('is refused to users', async () => {
    for (const action of ['expireOrders', 'tick']) {
      const answer = await call(database, 'timer', action, {}, { openid: 'timer-buyer' })
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })

  it('cancels orders unpaid after 30 minutes, releasing their stock once, and leaves younger and paid ones', async () => {
    const t0 = new Date('2026-11-25T02:00:00Z')
    const old = await order(t0, 2)
    const paidOld = await order(t0, 1)
    await callOk(database, 'payment', 'simulate', { orderId: paidOld.id }, { openid: 'timer-buyer', now: () => t0 })
    const young = await order(new Date(t0.getTime() + 10 * 60_000), 3)
    expect(await stockOf(database.db, shop.skuIds[0])).toBe(14)

    const at29 = () => new Date(t0.getTime() + 29 * 60_000)
    expect(await callOk(database, 'timer', 'expireOrders', {}, { caller: 'platform', now: at29 })).toEqual({ expired: [] })

    const at30 = () => new Date(t0.getTime() + 30 * 60_000)
    expect(await callOk(database, 'timer', 'expireOrders', {}, { caller: 'platform', now: at30 })).toEqual({ expired: [old.id] })
    expect(await stockOf(database.db, shop.skuIds[0])).toBe(16)
    expect(await callOk(database, 'timer', 'expireOrders', {}, { caller: 'platform', now: at30 })).toEqual({ expired: [] })
    expect(await stockOf(database.db, shop.skuIds[0])).toBe(16)

    const cancelled = await callOk(database, 'order', 'get', { orderId: old.id }, { openid: 'timer-buyer' })
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '超时未支付，已自动取消' })
    expect((await callOk(database, 'order', 'get', { orderId: paidOld.id }, { openid: 'timer-buyer' })).status).toBe('paid')
    expect((await callOk(database, 'order', 'get', { orderId: young.id }, { openid: 'timer-buyer' })).status).toBe('pending_payment')
    expect(await stockInvariantViolations(database.db, shop.initial)).toEqual([])
  })

  it('tick expires orders and delivers queued messages', async () => {
    const t0 = new Date('2026-11-25T03:00:00Z')
    const stale = await order(t0)
    const paid = await order(new Date(Date.now()))
    await callOk(database, 'payment', 'simulate', { orderId: paid.id }, { openid: 'timer-buyer' })
    const result = await callOk(database, 'timer', 'tick', {}, { caller: 'platform', now: () => new Date(t0.getTime() + 3600_000) })
    expect(result.expired).toBeGreaterThanOrEqual(1)
    // The live job delivers the outbox too (its reminders): between them the message went out.
    expect((result.live as { delivered: number }).delivered + (result.messages as { sent: number }).sent).toBeGreaterThanOrEqual(1)
    expect(result.failed).toEqual([])
    expect((await callOk(database, 'order', 'get', { orderId: stale.id }, { openid: 'timer-buyer' })).status).toBe('cancelled')
    const [message] = await database.db.select().from(outbox).where(eq(outbox.dedupeKey, `order-paid:${paid.id}`))
    expect(message.sentAt).not.toBeNull()
  })

  it('tick runs every periodic job: expiry, live sync with its 开播提醒, refund retries, messages', async () => {
    const now = Date.now()
    const stale = await order(new Date(now - 31 * 60_000))
    const room = await callOk(
      database,
      'merchant',
      'saveLiveRoom',
      { storeId: shop.storeId, title: '整点开播', startAt: new Date(now + 60_000).toISOString(), endAt: new Date(now + 3_600_000).toISOString(), productIds: [] },
      { openid: shop.ownerOpenid },
    )
    await callOk(database, 'live', 'subscribe', { roomId: room.id }, { openid: 'timer-fan' })
    // A payment after the cancel whose refund the platform refused at first.
    const pay = asyncPay()
    pay.refuse = 'SYSTEMERROR'
    const late = await order(new Date(now))
    await callOk(database, 'order', 'cancel', { orderId: late.id }, { openid: 'timer-buyer' })
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    await callWith(pay.platform, database, 'payment', 'notify', { resultCode: 'SUCCESS', outTradeNo: late.id, transactionId: `4200${late.id}`, totalFee: late.total }, { caller: 'platform' })
    warn.mockRestore()
    pay.refuse = null

    const at = () => new Date(now + 2 * 60_000)
    const answer = await callWith(pay.platform, database, 'timer', 'tick', {}, { caller: 'platform', now: at })
    expect(answer.body).toMatchObject({ ok: true, data: { failed: [], refunds: { pending: 1 }, live: { skipped: false, reminders: 1 } } })
    expect((await callOk(database, 'order', 'get', { orderId: stale.id }, { openid: 'timer-buyer' })).status).toBe('cancelled')
    expect((await database.db.select().from(liveRooms).where(eq(liveRooms.id, room.id)))[0].status).toBe(101)
    const [reminder] = await database.db.select().from(outbox).where(eq(outbox.touser, 'timer-fan'))
    expect(reminder.sentAt).not.toBeNull()
    expect(pay.asks.map((ask) => ask.refundNo)).toEqual([`rf${late.id}`, `rf${late.id}`])
    expect((await database.db.select().from(refunds).where(eq(refunds.orderId, late.id)))[0].requestedAt).not.toBeNull()
  })

  it('one job failing does not stop the others, and is reported', async () => {
    const ran: string[] = []
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const report = await runPeriodicJobs({} as never, [
      { name: 'first', run: async () => (ran.push('first'), 1) },
      { name: 'broken', run: async () => { throw new Error('getliveinfo: -1 system busy') } },
      { name: 'last', run: async () => (ran.push('last'), 'done') },
    ])
    warn.mockRestore()
    expect(ran).toEqual(['first', 'last'])
    expect(report).toEqual({ first: 1, broken: { error: 'getliveinfo: -1 system busy' }, last: 'done', failed: ['broken'] })

    // Through tick: the live platform down, orders still expire and messages still go.
    const stale = await order(new Date(Date.now() - 40 * 60_000))
    await callOk(
      database,
      'merchant',
      'saveLiveRoom',
      { storeId: shop.storeId, title: '平台故障', startAt: new Date(Date.now() + 60_000).toISOString(), endAt: new Date(Date.now() + 3_600_000).toISOString(), productIds: [] },
      { openid: shop.ownerOpenid },
    )
    const pay = asyncPay()
    const down = { ...pay.platform, live: { ...pay.platform.live, getRooms: async () => { throw new Error('getliveinfo: -1 system busy') } } }
    const silence = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const answer = await callWith(down, database, 'timer', 'tick', {}, { caller: 'platform' })
    silence.mockRestore()
    expect(answer.body).toMatchObject({ ok: true, data: { failed: ['live'], live: { error: 'getliveinfo: -1 system busy' }, expired: expect.any(Number), messages: { failed: 0 } } })
    expect((await callOk(database, 'order', 'get', { orderId: stale.id }, { openid: 'timer-buyer' })).status).toBe('cancelled')
  })
})
