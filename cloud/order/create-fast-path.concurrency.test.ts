// order.create's fast path (create-fast.ts): one statement that counts the write budget, takes
// the stock, numbers and writes the order. Concurrent orders for the last units sell exactly the
// stock; a call beyond the budget writes nothing, takes no number; every path counts the call
// exactly once. On PostgreSQL with real parallelism; PGlite runs a smaller version of the race.
import { eq, sql } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { ADDRESS, makeStore, type Fixture } from '../../tests/support/fixtures'
import { stockInvariantViolations, stockOf } from '../../tests/support/order-checks'
import { claimed, makeCouponShop } from '../../tests/support/coupon-fixtures'
import type { Order } from '../../src/domain/order-types'
import type { Database } from '../db/client'
import { rowsOf } from '../db/rows'
import { orderNumbers, orders } from '../db/schema'
import { WRITES } from '../limits/rate-limit'

const onPostgres = DATABASE_KIND === 'PostgreSQL'
const BUYERS = onPostgres ? 60 : 12

jest.setTimeout(120_000)

describe(`order.create fast path (${DATABASE_KIND})`, () => {
  let database: Database
  const fixtures: Fixture[] = []

  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 40 })
  })
  afterEach(async () => {
    for (const fixture of fixtures) expect(await stockInvariantViolations(database.db, fixture.initial)).toEqual([])
  })
  afterAll(() => database.close())

  async function shop(skus: Array<{ price: number; stock: number }>): Promise<Fixture> {
    const fixture = await makeStore(database, { skus })
    fixtures.push(fixture)
    return fixture
  }
  const plain = (fixture: Fixture, key: string, items = [{ skuId: fixture.skuIds[0], quantity: 1 }]) => ({
    storeId: fixture.storeId,
    items,
    address: ADDRESS,
    delivery: 'express' as const,
    idempotencyKey: `fast-${key}`,
  })
  const numbersOf = async (storeId: string) =>
    (await database.db.select({ orderNo: orders.orderNo }).from(orders).where(eq(orders.storeId, storeId))).map((row) => row.orderNo as string).sort()
  const lastNumber = async (storeId: string) =>
    (await database.db.select({ last: orderNumbers.last }).from(orderNumbers).where(eq(orderNumbers.storeId, storeId)))[0]?.last ?? 0
  const hitsOf = async (openid: string) => {
    const rows = rowsOf<{ n: number }>(await database.db.execute(sql`select cardinality(hits) as n from rate_limits where key = ${`writes:order:${openid}`}`))
    return rows.length === 0 ? 0 : Number(rows[0].n)
  }
  const numbered = (day: string, count: number) => Array.from({ length: count }, (_, i) => `${day}-${String(i + 1).padStart(4, '0')}`)

  it(`${BUYERS} buyers at once for the last units of two SKUs sell exactly the stock, numbered without gaps`, async () => {
    const fixture = await shop([
      { price: 1200, stock: Math.floor(BUYERS / 3) },
      { price: 800, stock: 2 * Math.floor(BUYERS / 3) },
    ])
    const [a, b] = fixture.skuIds
    const now = () => new Date('2026-12-07T04:00:00Z')
    // Everyone wants one of each; a third also want a second unit of b.
    const answers = await Promise.all(
      Array.from({ length: BUYERS }, (_, i) =>
        call(database, 'order', 'create', plain(fixture, `race-${i}`, [{ skuId: a, quantity: 1 }, { skuId: b, quantity: i % 3 === 0 ? 2 : 1 }]), { openid: `racer-${i}`, now }),
      ),
    )
    expect(answers.filter((x) => !x.body.ok && x.body.error.code !== 'OUT_OF_STOCK').map((x) => x.body)).toEqual([])
    const placed = answers.filter((x) => x.body.ok).map((x) => x.body.ok && (x.body.data as Order))
    const soldA = placed.length
    const soldB = placed.reduce((s, o) => s + (o ? o.items.find((item) => item.skuId === b)!.quantity : 0), 0)
    // a runs out first (b has units for two per order of a): every unit of a sold, none of b oversold.
    expect(soldA).toBe(fixture.initial.get(a))
    expect(await stockOf(database.db, a)).toBe(0)
    expect(await stockOf(database.db, b)).toBe(fixture.initial.get(b)! - soldB)
    expect(await numbersOf(fixture.storeId)).toEqual(numbered('20261207', soldA))
    expect(await lastNumber(fixture.storeId)).toBe(soldA)
    // Every answer, placed or refused, counted one write for its buyer.
    const hits = await Promise.all(Array.from({ length: BUYERS }, (_, i) => hitsOf(`racer-${i}`)))
    expect(hits).toEqual(Array.from({ length: BUYERS }, () => 1))
  })

  it(`the write after ${WRITES.limit} in a window is RATE_LIMITED and takes no stock and no number`, async () => {
    const fixture = await shop([{ price: 500, stock: 1000 }])
    const start = Date.UTC(2026, 11, 7, 5, 0, 0)
    const at = (ms: number) => () => new Date(start + ms)
    for (let i = 0; i < WRITES.limit; i++) {
      await callOk(database, 'order', 'create', plain(fixture, `budget-${i}`), { openid: 'busy', now: at(i * 100) })
    }
    expect(await hitsOf('busy')).toBe(WRITES.limit)
    const refused = await call(database, 'order', 'create', plain(fixture, 'budget-over'), { openid: 'busy', now: at(WRITES.limit * 100) })
    expect(refused.status).toBe(429)
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', details: { retryAfterMs: WRITES.windowMs } } })
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(1000 - WRITES.limit)
    expect(await lastNumber(fixture.storeId)).toBe(WRITES.limit)
    expect(await hitsOf('busy')).toBe(WRITES.limit)
    // The next order of the store, another buyer's, takes the next number: nothing was skipped.
    const next = await callOk(database, 'order', 'create', plain(fixture, 'budget-next'), { openid: 'calm', now: at(WRITES.limit * 100) })
    expect(next.orderNo).toBe(`20261207-${String(WRITES.limit + 1).padStart(4, '0')}`)
    // The window slides: once the first hits are older than it, the buyer may order again.
    const later = await call(database, 'order', 'create', plain(fixture, 'budget-later'), { openid: 'busy', now: at(WRITES.windowMs + 50) })
    expect(later.status).toBe(200)
  })

  it('counts exactly one write for a repeat, a mismatch, a refusal and a coupon order', async () => {
    const fixture = await shop([{ price: 700, stock: 3 }])
    const buyer = 'counted'
    const first = await callOk(database, 'order', 'create', plain(fixture, 'once'), { openid: buyer })
    expect(await hitsOf(buyer)).toBe(1)
    // The same key and payload: the same order, nothing new written.
    const again = await callOk(database, 'order', 'create', plain(fixture, 'once'), { openid: buyer })
    expect(again).toMatchObject({ id: first.id, orderNo: first.orderNo })
    expect(await hitsOf(buyer)).toBe(2)
    const mismatch = await call(database, 'order', 'create', plain(fixture, 'once', [{ skuId: fixture.skuIds[0], quantity: 2 }]), { openid: buyer })
    expect(mismatch.body).toMatchObject({ ok: false, error: { code: 'IDEMPOTENCY_MISMATCH' } })
    expect(await hitsOf(buyer)).toBe(3)
    const short = await call(database, 'order', 'create', plain(fixture, 'short', [{ skuId: fixture.skuIds[0], quantity: 3 }]), { openid: buyer })
    expect(short.body).toMatchObject({ ok: false, error: { code: 'OUT_OF_STOCK', details: { available: 2 } } })
    expect(await hitsOf(buyer)).toBe(4)
    const stale = await call(database, 'order', 'create', { ...plain(fixture, 'stale'), expectedTotal: 1 }, { openid: buyer })
    expect(stale.body).toMatchObject({ ok: false, error: { code: 'PRICE_CHANGED', details: { total: first.total } } })
    expect(await hitsOf(buyer)).toBe(5)
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(2)
    expect(await numbersOf(fixture.storeId)).toHaveLength(1)

    const couponShop = await makeCouponShop(database)
    fixtures.push(couponShop)
    const userCoupon = await claimed(database, couponShop, buyer)
    const withCoupon = await callOk(
      database,
      'order',
      'create',
      { ...plain(couponShop, 'coupon', [{ skuId: couponShop.skuB, quantity: 2 }]), userCouponId: userCoupon.id },
      { openid: buyer },
    )
    expect(withCoupon.discount).toBe(2000)
    expect(await hitsOf(buyer)).toBe(6)
  })
})
