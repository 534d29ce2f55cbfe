// The money path under concurrency. On PostgreSQL (the PostgreSQL pass of `npm test`) these run
// with real parallelism: 200 buyers race for 50 units, repeats and callbacks arrive at once,
// the timer races payments. PGlite serialises transactions, so its pass runs a smaller version
// of the same races, checking the same invariants. After every test, for every SKU:
// initial stock = current stock + units in orders that hold stock.
import { and, eq, inArray } from 'drizzle-orm'
import type { Answer } from '../dispatch'
import { call, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { makeStore, nextKey, notifyPaid, orderRequest, tryOrder, type Fixture } from '../../tests/support/fixtures'
import { checkStockAfterEach, stockOf } from '../../tests/support/order-checks'
import type { Database } from '../db/client'
import { orders, outbox, payments, refunds } from '../db/schema'

const onPostgres = DATABASE_KIND === 'PostgreSQL'
const SCALE = onPostgres
  ? { buyers: 200, units: 50, repeats: 10, notifies: 10, raceOrders: 40, crossBuyers: 60 }
  : { buyers: 24, units: 6, repeats: 10, notifies: 10, raceOrders: 8, crossBuyers: 10 }

jest.setTimeout(120_000)

function expectNo5xx(answers: Answer[]): void {
  const failures = answers.filter((a) => a.status >= 500)
  expect(failures.map((a) => a.body)).toEqual([])
}

describe(`order concurrency (${DATABASE_KIND})`, () => {
  let database: Database
  const fixtures: Fixture[] = []

  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 50 })
  })
  checkStockAfterEach(() => database.db, fixtures)
  afterAll(() => database.close())

  async function shop(skus: Array<{ price: number; stock: number }>): Promise<Fixture> {
    const fixture = await makeStore(database, { skus })
    fixtures.push(fixture)
    return fixture
  }

  const notifyFor = (order: { id: string; total: number }) => notifyPaid(database, order)

  it(`${SCALE.buyers} concurrent buyers race for ${SCALE.units} units → exactly ${SCALE.units} orders, stock 0, no 5xx`, async () => {
    const fixture = await shop([{ price: 990, stock: SCALE.units }])
    const answers = await Promise.all(
      Array.from({ length: SCALE.buyers }, (_, i) => tryOrder(database, `racer-${i}`, orderRequest(fixture, [[0, 1]]))),
    )
    expectNo5xx(answers)
    const won = answers.filter((a) => a.body.ok)
    const lost = answers.filter((a) => !a.body.ok)
    expect(won).toHaveLength(SCALE.units)
    expect(lost.every((a) => a.status === 409 && !a.body.ok && a.body.error.code === 'OUT_OF_STOCK')).toBe(true)
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(0)
    expect(await database.db.select({ id: orders.id }).from(orders).where(eq(orders.storeId, fixture.storeId))).toHaveLength(SCALE.units)
  })

  it(`the same idempotency key ×${SCALE.repeats} concurrently → one order and ${SCALE.repeats} identical answers; another payload → IDEMPOTENCY_MISMATCH`, async () => {
    const fixture = await shop([{ price: 1990, stock: 100 }, { price: 500, stock: 100 }])
    const k = nextKey('same')
    const payload = orderRequest(fixture, [[0, 2], [1, 3]], { idempotencyKey: k })
    const answers = await Promise.all(Array.from({ length: SCALE.repeats }, () => tryOrder(database, 'repeater', payload)))
    expectNo5xx(answers)
    expect(answers.every((a) => a.body.ok)).toBe(true)
    const bodies = answers.map((a) => JSON.stringify(a.body))
    expect(new Set(bodies).size).toBe(1)
    const rows = await database.db.select().from(orders).where(and(eq(orders.buyerOpenid, 'repeater'), eq(orders.idempotencyKey, k)))
    expect(rows).toHaveLength(1)
    expect([await stockOf(database.db, fixture.skuIds[0]), await stockOf(database.db, fixture.skuIds[1])]).toEqual([98, 97])

    const other = await tryOrder(database, 'repeater', orderRequest(fixture, [[0, 1]], { idempotencyKey: k }))
    expect(other.status).toBe(409)
    expect(other.body).toMatchObject({ ok: false, error: { code: 'IDEMPOTENCY_MISMATCH' } })
    expect([await stockOf(database.db, fixture.skuIds[0]), await stockOf(database.db, fixture.skuIds[1])]).toEqual([98, 97])
  })

  it('one key with two different payloads at once → one order; the other payload is IDEMPOTENCY_MISMATCH', async () => {
    const fixture = await shop([{ price: 800, stock: 100 }])
    const k = nextKey('mixed')
    const answers = await Promise.all(
      Array.from({ length: SCALE.repeats }, (_, i) => tryOrder(database, 'mixer', orderRequest(fixture, [[0, i % 2 === 0 ? 1 : 2]], { idempotencyKey: k }))),
    )
    expectNo5xx(answers)
    const rows = await database.db.select().from(orders).where(and(eq(orders.buyerOpenid, 'mixer'), eq(orders.idempotencyKey, k)))
    expect(rows).toHaveLength(1)
    const ok = answers.filter((a) => a.body.ok)
    expect(new Set(ok.map((a) => JSON.stringify(a.body))).size).toBe(1)
    expect(ok.length).toBe(SCALE.repeats / 2)
    expect(answers.filter((a) => !a.body.ok && a.body.error.code === 'IDEMPOTENCY_MISMATCH')).toHaveLength(SCALE.repeats / 2)
  })

  it(`payment.notify ×${SCALE.notifies} concurrently → one transition, one payment record, one message`, async () => {
    const fixture = await shop([{ price: 4200, stock: 10 }])
    const created = await tryOrder(database, 'payer', orderRequest(fixture, [[0, 1]]))
    const order = (created.body as any).data
    const answers = await Promise.all(Array.from({ length: SCALE.notifies }, () => notifyFor(order)))
    expectNo5xx(answers)
    expect(answers.every((a) => a.body.ok)).toBe(true)
    expect(answers.filter((a) => a.body.ok && !(a.body.data as any).duplicate)).toHaveLength(1)
    expect(answers.every((a) => a.body.ok && (a.body.data as any).outcome === 'paid')).toBe(true)
    expect(await database.db.select().from(payments).where(eq(payments.orderId, order.id))).toHaveLength(1)
    expect(await database.db.select().from(outbox).where(eq(outbox.dedupeKey, `order-paid:${order.id}`))).toHaveLength(1)
    const [row] = await database.db.select().from(orders).where(eq(orders.id, order.id))
    expect(row.status).toBe('paid')
  })

  it('expiry racing payment → each order either paid, or cancelled and refunded once (the twin confirms at once); stock consistent', async () => {
    const fixture = await shop([{ price: 1500, stock: 500 }, { price: 700, stock: 500 }])
    const t0 = new Date(Date.now() - 31 * 60_000)
    const made = []
    for (let i = 0; i < SCALE.raceOrders; i++) {
      const answer = await tryOrder(database, `late-${i}`, orderRequest(fixture, [[0, 1 + (i % 3)], [1, 2]]), { now: () => t0 })
      made.push((answer.body as any).data as { id: string; total: number })
    }
    const afterStock = [await stockOf(database.db, fixture.skuIds[0]), await stockOf(database.db, fixture.skuIds[1])]
    // Two timer runs walk the orders while the callbacks arrive, spread over the same moments
    // in a scrambled order, so some land before their order's expiry and some after.
    const expire = () => call(database, 'timer', 'expireOrders', {}, { caller: 'platform' })
    const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
    const step = onPostgres ? 3 : 8
    const answers = await Promise.all([
      later(step).then(expire),
      ...made.map((order, i) => later(((i * 7) % made.length) * step).then(() => notifyFor(order))),
      later(step * 2).then(expire),
    ])
    expectNo5xx(answers)
    expect(answers.every((a) => a.body.ok)).toBe(true)

    const rows = await database.db.select().from(orders).where(inArray(orders.id, made.map((o) => o.id)))
    const paymentRows = await database.db.select().from(payments).where(inArray(payments.orderId, made.map((o) => o.id)))
    expect(paymentRows).toHaveLength(made.length)
    let paid = 0
    let refundDue = 0
    let released = [0, 0]
    for (const row of rows) {
      const payment = paymentRows.find((p) => p.orderId === row.id)!
      if (row.status === 'paid') {
        expect([row.id, payment.outcome, row.refundDue]).toEqual([row.id, 'paid', false])
        paid++
      } else {
        // Refunded through the payment adapter; the local twin confirms at once, which settles it.
        expect([row.id, row.status, payment.outcome, row.refundDue, row.refundedAt !== null]).toEqual([
          row.id,
          'cancelled',
          'paid_after_cancel',
          false,
          true,
        ])
        refundDue++
        const i = made.findIndex((o) => o.id === row.id)
        released = [released[0] + 1 + (i % 3), released[1] + 2]
      }
    }
    expect(paid + refundDue).toBe(made.length)
    const refundRows = await database.db.select().from(refunds).where(inArray(refunds.orderId, made.map((o) => o.id)))
    expect(refundRows.map((r) => r.status)).toEqual(Array(refundDue).fill('succeeded'))
    expect([await stockOf(database.db, fixture.skuIds[0]), await stockOf(database.db, fixture.skuIds[1])]).toEqual([
      afterStock[0] + released[0],
      afterStock[1] + released[1],
    ])
  })

  it('buyers cancelling while their payment arrives, and orders locking SKUs in opposite orders → no deadlock, no 5xx', async () => {
    const fixture = await shop([{ price: 300, stock: 1000 }, { price: 400, stock: 1000 }, { price: 500, stock: 1000 }])
    const creates = await Promise.all(
      Array.from({ length: SCALE.crossBuyers }, (_, i) => {
        const lines: Array<[number, number]> = i % 2 === 0 ? [[0, 1], [1, 1], [2, 1]] : [[2, 2], [1, 2], [0, 2]]
        return tryOrder(database, `cross-${i}`, orderRequest(fixture, lines))
      }),
    )
    expectNo5xx(creates)
    expect(creates.every((a) => a.body.ok)).toBe(true)
    const made = creates.map((a, i) => ({ ...((a.body as any).data as { id: string; total: number }), buyer: `cross-${i}` }))
    const answers = await Promise.all(
      made.flatMap((order) => [call(database, 'order', 'cancel', { orderId: order.id }, { openid: order.buyer }), notifyFor(order)]),
    )
    expectNo5xx(answers)
    const rows = await database.db.select().from(orders).where(inArray(orders.id, made.map((o) => o.id)))
    for (const row of rows) {
      expect(row.status === 'paid' || (row.status === 'cancelled' && row.refundDue)).toBe(true)
    }
  })
})
