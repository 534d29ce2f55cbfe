// Cancel racing the payment callback, round after round, with the timer running and the refund
// notices arriving many times at once. On PostgreSQL with real parallelism (the PostgreSQL pass
// of `npm test`); PGlite runs a smaller version of the same races. Every order must end either
// paid, or cancelled with exactly one refund asked of the platform and, once the notices are in,
// refundStatus succeeded and refundDue false; stock adds up; repeated notices change nothing.
import { inArray } from 'drizzle-orm'
import { asyncPay, callWith, refundNoticeFor } from '../../tests/support/async-pay'
import { makeStore, orderRequest, paidNotice } from '../../tests/support/fixtures'
import { orderTablesSnapshot, stockInvariantViolations, stockOf } from '../../tests/support/order-checks'
import { DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import type { Answer } from '../dispatch'
import { orders, payments, refunds } from '../db/schema'

const onPostgres = DATABASE_KIND === 'PostgreSQL'
const SCALE = onPostgres ? { rounds: 5, orders: 30, copies: 4 } : { rounds: 2, orders: 6, copies: 3 }
/** Milliseconds between the moments the racing calls are spread over. */
const STEP = onPostgres ? 3 : 8
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

jest.setTimeout(180_000)

function expectNo5xx(answers: Answer[]): void {
  expect(answers.filter((a) => a.status >= 500).map((a) => a.body)).toEqual([])
}

describe(`refund races (${DATABASE_KIND})`, () => {
  let database: Database

  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 50 })
  })
  afterAll(() => database.close())

  it(`cancel racing payment ×${SCALE.orders} for ${SCALE.rounds} rounds → paid, or cancelled with one refund, confirmed once`, async () => {
    const fixture = await makeStore(database, { skus: [{ price: 1200, stock: 5000 }, { price: 300, stock: 5000 }] })
    const pay = asyncPay()
    const as = (fn: string, action: string, data: unknown, openid?: string) =>
      callWith(pay.platform, database, fn, action, data, openid ? { openid } : { caller: 'platform' })
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    let paidCount = 0
    let refundedCount = 0

    for (let round = 0; round < SCALE.rounds; round++) {
      const created = await Promise.all(
        Array.from({ length: SCALE.orders }, (_, i) =>
          as('order', 'create', orderRequest(fixture, [[0, 1 + (i % 3)], [1, 2]]), `rf-racer-${round}-${i}`),
        ),
      )
      expectNo5xx(created)
      const made = created.map((a, i) => ({ ...((a.body as any).data as { id: string; total: number }), buyer: `rf-racer-${round}-${i}` }))
      const ids = made.map((o) => o.id)

      // The buyer cancels while the payment arrives (twice, as WeChat repeats it) and the timer
      // runs, spread over the same moments in scrambled orders, so each side wins some orders.
      const paid = (order: { id: string; total: number }) =>
        as('payment', 'notify', paidNotice(order))
      const n = made.length
      const raced = await Promise.all([
        ...made.flatMap((order, i) => [
          later(((i * 7) % n) * STEP).then(() => as('order', 'cancel', { orderId: order.id }, order.buyer)),
          later(((i * 11 + round) % n) * STEP).then(() => paid(order)),
          later(((i * 13 + 5) % n) * STEP).then(() => paid(order)),
        ]),
        later(STEP).then(() => as('timer', 'tick', {})),
        later(n * STEP).then(() => as('timer', 'tick', {})),
      ])
      expectNo5xx(raced)
      // Every callback is answered ok, so WeChat would get { errcode: 0 }.
      expect(raced.filter((a) => !a.body.ok && (a.body.error.code !== 'ORDER_STATE')).map((a) => a.body)).toEqual([])

      // The refund notices: each delivered several times at once, while the timer runs again.
      const opened = await database.db.select().from(refunds).where(inArray(refunds.orderId, ids))
      const notices = await Promise.all([
        ...opened.flatMap((refund) => Array.from({ length: SCALE.copies }, () => as('payment', 'refundNotify', refundNoticeFor(refund, 'SUCCESS')))),
        as('timer', 'tick', {}),
      ])
      expectNo5xx(notices)
      expect(notices.every((a) => a.body.ok)).toBe(true)
      expect(notices.filter((a) => (a.body as any).data?.changed === true)).toHaveLength(opened.length)

      const rows = await database.db.select().from(orders).where(inArray(orders.id, ids))
      const paymentRows = await database.db.select().from(payments).where(inArray(payments.orderId, ids))
      const refundRows = await database.db.select().from(refunds).where(inArray(refunds.orderId, ids))
      expect(paymentRows).toHaveLength(made.length)
      for (const row of rows) {
        const paymentRow = paymentRows.find((p) => p.orderId === row.id)!
        const refundRow = refundRows.filter((r) => r.orderId === row.id)
        const asks = pay.asks.filter((ask) => ask.orderId === row.id)
        if (row.status === 'paid') {
          expect([row.id, paymentRow.outcome, row.refundDue, refundRow.length, asks.length]).toEqual([row.id, 'paid', false, 0, 0])
          paidCount++
        } else {
          expect([row.id, row.status, paymentRow.outcome, row.refundDue, row.refundedAt !== null]).toEqual([row.id, 'cancelled', 'paid_after_cancel', false, true])
          expect(refundRow).toEqual([expect.objectContaining({ id: `rf${row.id}`, amount: row.total, status: 'succeeded' })])
          expect(asks).toEqual([expect.objectContaining({ refundNo: `rf${row.id}`, amount: row.total, total: row.total })])
          refundedCount++
        }
      }
      const views = await Promise.all(made.map((order) => as('order', 'get', { orderId: order.id }, order.buyer)))
      for (const answer of views) {
        const order = (answer.body as any).data
        expect(order.status === 'paid' ? order.refundStatus === 'none' : order.refundStatus === 'succeeded' && !order.refundDue).toBe(true)
      }

      // Late copies of everything, at once: nothing changes.
      const before = await orderTablesSnapshot(database.db)
      const asksBefore = pay.asks.length
      const late = await Promise.all([
        ...refundRows.map((refund) => as('payment', 'refundNotify', refundNoticeFor(refund, 'SUCCESS'))),
        ...refundRows.map((refund) => as('payment', 'refundNotify', { out_refund_no: refund.id, refund_status: 'REFUNDCLOSE' })),
        ...made.map((order) => as('payment', 'notify', { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: order.id, transactionId: `4200${order.id}`, totalFee: order.total })),
      ])
      expectNo5xx(late)
      expect(late.every((a) => a.body.ok)).toBe(true)
      expect(await orderTablesSnapshot(database.db)).toBe(before)
      expect(pay.asks.length).toBe(asksBefore)
    }
    warn.mockRestore()

    // Both outcomes happened, and the stock of every cancelled order came back exactly once.
    expect(paidCount + refundedCount).toBe(SCALE.rounds * SCALE.orders)
    expect(refundedCount).toBeGreaterThan(0)
    expect(paidCount).toBeGreaterThan(0)
    if (process.env.RACE_FIGURES) console.log(`refund races: ${paidCount} paid, ${refundedCount} cancelled and refunded`)
    expect(await stockInvariantViolations(database.db, fixture.initial)).toEqual([])
    expect(await stockOf(database.db, fixture.skuIds[1])).toBe(5000 - 2 * paidCount)
  })
})
