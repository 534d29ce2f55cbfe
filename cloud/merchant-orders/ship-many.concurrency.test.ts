// 批量发货 racing the shoppers: overlapping batches ship the store's orders while their buyers
// ask refunds of paid ones and cancel (or, at the same moment, pay) unpaid ones. Every order
// ends in one state that agrees with who won, each order ships at most once, and money and
// stock add up. With real parallelism on PostgreSQL; PGlite runs a smaller version.
import { eq, inArray } from 'drizzle-orm'
import type { ShipManyAnswer } from '../../src/domain/batch-ship'
import type { Order } from '../../src/domain/order-types'
import { call, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { makeStore, orderRequest, payOrder, placeOrder } from '../../tests/support/fixtures'
import { stockInvariantViolations } from '../../tests/support/order-checks'
import type { Database } from '../db/client'
import { orders, payments, refunds } from '../db/schema'

const onPostgres = DATABASE_KIND === 'PostgreSQL'
const PAID = onPostgres ? 30 : 8
const UNPAID = onPostgres ? 20 : 6

jest.setTimeout(180_000)

describe(`批量发货 racing cancels, refunds and payments (${DATABASE_KIND})`, () => {
  let database: Database

  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 40 })
  })
  afterAll(() => database.close())

  it(`${PAID} paid and ${UNPAID} unpaid orders, two overlapping batches, every buyer acting at once → one consistent end each`, async () => {
    const shop = await makeStore(database, { skus: [{ price: 1290, stock: 500 }, { price: 300, stock: 500 }] })
    const buyerOf = (i: number) => `race-buyer-${i}`
    const made: Order[] = []
    for (let i = 0; i < PAID + UNPAID; i++) {
      made.push(
        await placeOrder(database, buyerOf(i), orderRequest(shop, [[0, 1 + (i % 3)], [1, 1]], { delivery: i % 4 === 0 ? 'pickup' : 'express' })),
      )
    }
    const paid = made.slice(0, PAID)
    const unpaid = made.slice(PAID)
    for (const [i, order] of paid.entries()) await payOrder(database, buyerOf(i), order.id)

    const shipment = (order: Order, n: number) =>
      order.delivery === 'pickup' ? { orderId: order.id } : { orderId: order.id, carrier: 'SF', trackingNo: `SF${String(n).padStart(10, '0')}` }
    // Two batches over the same orders in opposite orders: the same order is shipped by both at once.
    const batchA = made.map((order, n) => shipment(order, n))
    const batchB = [...made].reverse().map((order, n) => shipment(order, 1000 + n))
    const shopper = [
      // Every other paid buyer asks a refund; every unpaid buyer cancels, and every other one pays at the same moment.
      ...paid.map((order, i) => (i % 2 === 0 ? call(database, 'order', 'requestRefund', { orderId: order.id, reason: '不想要了' }, { openid: buyerOf(i) }) : null)),
      ...unpaid.map((order, j) => call(database, 'order', 'cancel', { orderId: order.id }, { openid: buyerOf(PAID + j) })),
      ...unpaid.map((order, j) => (j % 2 === 0 ? call(database, 'payment', 'simulate', { orderId: order.id }, { openid: buyerOf(PAID + j) }) : null)),
    ]
    const [a, b, ...buyers] = await Promise.all([
      call(database, 'merchant', 'shipMany', { storeId: shop.storeId, orders: batchA }, { openid: shop.ownerOpenid }),
      call(database, 'merchant', 'shipMany', { storeId: shop.storeId, orders: batchB }, { openid: shop.ownerOpenid }),
      ...shopper,
    ])
    expect([a, b, ...buyers].filter((answer) => answer && answer.status >= 500).map((answer) => answer?.body)).toEqual([])
    const resultsOf = (answer: typeof a) => (answer.body.ok ? (answer.body.data as ShipManyAnswer).results : [])
    expect(a.body.ok && b.body.ok).toBe(true)
    const results = [...resultsOf(a), ...resultsOf(b)]
    // Every order of each batch has a result, and every refusal is an ORDER_STATE with a reason.
    expect(results).toHaveLength(2 * made.length)
    for (const r of results) if (!r.ok) expect([r.orderId, r.error.code, r.error.message.length > 0]).toEqual([r.orderId, 'ORDER_STATE', true])

    const rows = await database.db.select().from(orders).where(inArray(orders.id, made.map((o) => o.id)))
    const payRows = await database.db.select().from(payments).where(inArray(payments.orderId, made.map((o) => o.id)))
    const refundRows = await database.db.select().from(refunds).where(inArray(refunds.orderId, made.map((o) => o.id)))
    for (const row of rows) {
      const wins = results.filter((r) => r.orderId === row.id && r.ok).length
      const payment = payRows.find((p) => p.orderId === row.id)
      // Shipped at most once, and shipped exactly when a batch says so.
      expect([row.id, wins]).toEqual([row.id, row.shippedAt ? 1 : 0])
      if (row.shippedAt) {
        // Shipped first, then perhaps a refund request from the shipped state: never a refund of an unshipped order recorded as shipped.
        expect([row.id, row.status, row.refundFrom ?? 'shipped']).toEqual([row.id, row.status === 'shipped' ? 'shipped' : 'refund_requested', 'shipped'])
      } else if (row.status === 'refund_requested') {
        expect([row.id, row.refundFrom]).toEqual([row.id, 'paid'])
      } else if (row.status === 'paid') {
        // Paid by its buyer only after both batches had passed it: an order that was unpaid when they ran.
        expect([row.id, unpaid.some((o) => o.id === row.id)]).toEqual([row.id, true])
      } else {
        expect([row.id, row.status]).toEqual([row.id, 'cancelled'])
      }
      // Money: a paid order has exactly one payment of its total; a cancelled one that was paid anyway is refunded in full.
      if (row.status === 'cancelled') {
        expect(row.shippedAt).toBeNull()
        if (payment) {
          expect([row.id, payment.outcome, payment.amount]).toEqual([row.id, 'paid_after_cancel', row.total])
          expect(refundRows.filter((r) => r.orderId === row.id).map((r) => r.amount)).toEqual([row.total])
        }
      } else {
        expect([row.id, payment?.outcome, payment?.amount]).toEqual([row.id, 'paid', row.total])
        expect(refundRows.filter((r) => r.orderId === row.id)).toEqual([])
      }
    }
    // Every paid order whose buyer asked nothing shipped; stock adds up over every order.
    for (const [i, order] of paid.entries()) if (i % 2 === 1) expect([order.id, rows.find((r) => r.id === order.id)!.status]).toEqual([order.id, 'shipped'])
    expect(await stockInvariantViolations(database.db, shop.initial)).toEqual([])
    const [{ status }] = await database.db.select({ status: orders.status }).from(orders).where(eq(orders.id, unpaid[1].id))
    expect(status).toBe('cancelled') // an unpaid buyer who only cancelled always wins: unpaid orders never ship
  })
})
