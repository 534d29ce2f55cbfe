// Coupons under concurrency. On PostgreSQL (the PostgreSQL pass) these run with real
// parallelism: 200 shoppers race for 50 copies, one shopper claims ×10 with a limit of 2, orders
// race for one shopper's coupon. PGlite serialises transactions, so its pass runs a smaller
// version of the same races, checking the same invariants.
import { and, eq, sql } from 'drizzle-orm'
import type { Answer } from '../dispatch'
import { call, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { orderRequest, tryOrder } from '../../tests/support/fixtures'
import { stockInvariantViolations } from '../../tests/support/order-checks'
import { claimed, makeCouponShop, saveCoupon, type CouponShop } from '../../tests/support/coupon-fixtures'
import type { Database } from '../db/client'
import { coupons, orders, userCoupons } from '../db/schema'

const onPostgres = DATABASE_KIND === 'PostgreSQL'
const SCALE = onPostgres
  ? { shoppers: 200, copies: 50, repeats: 10, limit: 2, racers: 10, greedy: 20 }
  : { shoppers: 24, copies: 6, repeats: 10, limit: 2, racers: 4, greedy: 3 }

jest.setTimeout(120_000)

function codes(answers: Answer[]): Record<string, number> {
  const tally: Record<string, number> = {}
  for (const answer of answers) {
    const code = answer.body.ok ? 'ok' : answer.body.error.code
    tally[code] = (tally[code] ?? 0) + 1
  }
  return tally
}

describe(`coupon concurrency (${DATABASE_KIND})`, () => {
  let database: Database
  let shop: CouponShop

  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 50 })
    shop = await makeCouponShop(database)
  })
  afterAll(async () => {
    expect(await stockInvariantViolations(database.db, shop.initial)).toEqual([])
    await database.close()
  })

  const copiesOf = async (couponId: string, openid?: string) => {
    const [row] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(userCoupons)
      .where(openid ? and(eq(userCoupons.couponId, couponId), eq(userCoupons.openid, openid)) : eq(userCoupons.couponId, couponId))
    return Number(row.n)
  }

  it(`${SCALE.shoppers} shoppers claim a coupon of ${SCALE.copies} at once → exactly ${SCALE.copies} copies`, async () => {
    const coupon = await saveCoupon(database, shop, { totalQuantity: SCALE.copies, perPersonLimit: 1 })
    const answers = await Promise.all(
      Array.from({ length: SCALE.shoppers }, (_, i) => call(database, 'coupon', 'claim', { couponId: coupon.id }, { openid: `rush-${i}` })),
    )
    expect(codes(answers)).toEqual({ ok: SCALE.copies, COUPON_UNAVAILABLE: SCALE.shoppers - SCALE.copies })
    expect(await copiesOf(coupon.id)).toBe(SCALE.copies)
    const [row] = await database.db.select({ claimed: coupons.claimed }).from(coupons).where(eq(coupons.id, coupon.id))
    expect(row.claimed).toBe(SCALE.copies)
  })

  it(`one shopper claims ×${SCALE.repeats} at once with a limit of ${SCALE.limit} → exactly ${SCALE.limit}`, async () => {
    const coupon = await saveCoupon(database, shop, { totalQuantity: 100, perPersonLimit: SCALE.limit })
    const answers = await Promise.all(
      Array.from({ length: SCALE.repeats }, () => call(database, 'coupon', 'claim', { couponId: coupon.id }, { openid: 'greedy' })),
    )
    expect(codes(answers)).toEqual({ ok: SCALE.limit, COUPON_UNAVAILABLE: SCALE.repeats - SCALE.limit })
    expect(await copiesOf(coupon.id, 'greedy')).toBe(SCALE.limit)
    const [row] = await database.db.select({ claimed: coupons.claimed }).from(coupons).where(eq(coupons.id, coupon.id))
    expect(row.claimed).toBe(SCALE.limit)
  })

  it(`${SCALE.greedy} shoppers each claim ×${SCALE.repeats} at once with a limit of ${SCALE.limit} → exactly ${SCALE.limit} each`, async () => {
    // Many overlapping bursts: a per-person count read before the coupon's row is locked lets extra copies through here.
    const coupon = await saveCoupon(database, shop, { totalQuantity: 10_000, perPersonLimit: SCALE.limit })
    const answers = await Promise.all(
      Array.from({ length: SCALE.greedy * SCALE.repeats }, (_, i) => call(database, 'coupon', 'claim', { couponId: coupon.id }, { openid: `greedy-${i % SCALE.greedy}` })),
    )
    expect(codes(answers)).toEqual({ ok: SCALE.greedy * SCALE.limit, COUPON_UNAVAILABLE: SCALE.greedy * (SCALE.repeats - SCALE.limit) })
    const counts = await Promise.all(Array.from({ length: SCALE.greedy }, (_, i) => copiesOf(coupon.id, `greedy-${i}`)))
    expect(counts).toEqual(Array.from({ length: SCALE.greedy }, () => SCALE.limit))
  })

  it(`${SCALE.racers} orders race for one user coupon → one order is discounted, the others refused`, async () => {
    const mine = await claimed(database, shop, 'racer')
    const answers = await Promise.all(
      Array.from({ length: SCALE.racers }, () =>
        tryOrder(database, 'racer', orderRequest(shop, [[0, 3]], { userCouponId: mine.id })),
      ),
    )
    expect(codes(answers)).toEqual({ ok: 1, COUPON_UNAVAILABLE: SCALE.racers - 1 })
    const discounted = await database.db.select({ id: orders.id }).from(orders).where(and(eq(orders.userCouponId, mine.id), sql`${orders.discount} > 0`))
    expect(discounted).toHaveLength(1)
    const [copy] = await database.db.select().from(userCoupons).where(eq(userCoupons.id, mine.id))
    expect(copy).toMatchObject({ status: 'used', orderId: discounted[0].id })
  })

  it('a cancel racing the timer gives the coupon back exactly once, and it is then used by exactly one new order', async () => {
    const mine = await claimed(database, shop, 'canceller')
    const create = () => tryOrder(database, 'canceller', orderRequest(shop, [[0, 3]], { userCouponId: mine.id }))
    const first = await create()
    const orderId = (first.body as any).data.id
    const later = new Date(Date.now() + 31 * 60_000)
    await Promise.all([
      call(database, 'order', 'cancel', { orderId }, { openid: 'canceller' }),
      call(database, 'timer', 'expireOrders', {}, { caller: 'platform', now: () => later }),
    ])
    const [copy] = await database.db.select().from(userCoupons).where(eq(userCoupons.id, mine.id))
    expect(copy).toMatchObject({ status: 'unused', orderId: null })
    const again = await Promise.all([create(), create(), create()])
    expect(codes(again)).toEqual({ ok: 1, COUPON_UNAVAILABLE: 2 })
  })
})
