import { eq } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { makeStore, stockInvariantViolations, stockOf, type Fixture } from '../../tests/support/order-fixtures'
import type { Database } from '../db/client'
import { outbox } from '../db/schema'

let seq = 0
const key = () => `tm-${Date.now().toString(36)}-${++seq}`

describe(`timer (${DATABASE_KIND})`, () => {
  let database: Database
  let shop: Fixture

  beforeAll(async () => {
    database = await openTestDatabase()
    shop = await makeStore(database.db, { skus: [{ price: 500, stock: 20 }] })
  })
  afterAll(() => database.close())

  const order = (at: Date, quantity = 1) =>
    callOk(database, 'order', 'create', {
      storeId: shop.storeId,
      items: [{ skuId: shop.skuIds[0], quantity }],
      delivery: 'pickup',
      idempotencyKey: key(),
    }, { openid: 'timer-buyer', now: () => at })

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
    expect(result.messages.sent).toBeGreaterThanOrEqual(1)
    expect((await callOk(database, 'order', 'get', { orderId: stale.id }, { openid: 'timer-buyer' })).status).toBe('cancelled')
    const [message] = await database.db.select().from(outbox).where(eq(outbox.dedupeKey, `order-paid:${paid.id}`))
    expect(message.sentAt).not.toBeNull()
  })
})
