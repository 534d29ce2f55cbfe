// Coupons end to end through the actions: money on quotes and orders (hand-computed fen), a
// client-sent discount refused, the coupon's life with its order, audiences, grants, stats.
import { eq } from 'drizzle-orm'
import type { RequestOf } from '../../src/services/contract'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { ADDRESS } from '../../tests/support/fixtures'
import { claimed, makeCouponShop, saveCoupon, type CouponShop } from '../../tests/support/coupon-fixtures'
import { databaseChecksum } from '../../tests/support/checksum'
import type { Database } from '../db/client'
import { orders, userCoupons } from '../db/schema'

let seq = 0
const key = () => `cp-${Date.now().toString(36)}-${++seq}`
const buyer = () => `coupon-buyer-${++seq}`

describe(`coupons (${DATABASE_KIND})`, () => {
  let database: Database
  let shop: CouponShop

  beforeAll(async () => {
    database = await openTestDatabase()
    shop = await makeCouponShop(database)
  })
  afterAll(() => database.close())

  const lines = (a: number, b: number) => [
    ...(a > 0 ? [{ skuId: shop.skuA, quantity: a }] : []),
    ...(b > 0 ? [{ skuId: shop.skuB, quantity: b }] : []),
  ]
  /** A and B by express to ADDRESS; a create adds its idempotencyKey beside it. */
  const request = (a: number, b: number, extra: Partial<RequestOf<'order', 'quote'>> = {}): RequestOf<'order', 'quote'> => ({
    storeId: shop.storeId,
    items: lines(a, b),
    address: ADDRESS,
    delivery: 'express',
    ...extra,
  })

  describe('money: totals over coupon kind, minimum-spend edge, product scope and percent rounding', () => {
    // A = ¥33.33, B = ¥50.00; express ¥8.00, free once the goods less the discount reach ¥99.00 (DESIGN.md 3b).
    const cases: Array<[string, Record<string, unknown>, number, number, { itemsTotal: number; discount: number; deliveryFee: number; total: number } | 'COUPON_UNAVAILABLE']> = [
      // ¥99.99 − ¥20.00 = ¥79.99 of goods paid for: below the free-over line, so the fee comes back.
      ['满99减20 on A×3 (¥99.99)', { amountOff: 2000, minSpend: 9900 }, 3, 0, { itemsTotal: 9999, discount: 2000, deliveryFee: 800, total: 8799 }],
      ['minimum exactly reached (满99.99)', { amountOff: 2000, minSpend: 9999 }, 3, 0, { itemsTotal: 9999, discount: 2000, deliveryFee: 800, total: 8799 }],
      // ¥149.99 − ¥20.00 = ¥129.99: still over the line, delivery stays free.
      ['满99减20 on A×3 + B (¥149.99)', { amountOff: 2000, minSpend: 9900 }, 3, 1, { itemsTotal: 14999, discount: 2000, deliveryFee: 0, total: 12999 }],
      // ¥149.99 less ¥50.99 is exactly ¥99.00: free; less ¥51.00 is one fen under: the fee is charged.
      ['free-over reached exactly after the discount', { amountOff: 5099, minSpend: 0 }, 3, 1, { itemsTotal: 14999, discount: 5099, deliveryFee: 0, total: 9900 }],
      ['one fen under free-over after the discount', { amountOff: 5100, minSpend: 0 }, 3, 1, { itemsTotal: 14999, discount: 5100, deliveryFee: 800, total: 10699 }],
      ['minimum one fen short (满100)', { amountOff: 2000, minSpend: 10000 }, 3, 0, 'COUPON_UNAVAILABLE'],
      ['B-only 满50减10 on A + B', { amountOff: 1000, minSpend: 5000, productIds: ['B'] }, 1, 1, { itemsTotal: 8333, discount: 1000, deliveryFee: 800, total: 8133 }],
      ['B-only 满100减10: A does not count', { amountOff: 1000, minSpend: 10000, productIds: ['B'] }, 3, 1, 'COUPON_UNAVAILABLE'],
      ['15% off A (499.95 → 499)', { kind: 'percent', amountOff: undefined, percentOff: 15, minSpend: 0 }, 1, 0, { itemsTotal: 3333, discount: 499, deliveryFee: 800, total: 3634 }],
      ['20% off A only, on A + B (666.6 → 666)', { kind: 'percent', amountOff: undefined, percentOff: 20, minSpend: 0, productIds: ['A'] }, 1, 1, { itemsTotal: 8333, discount: 666, deliveryFee: 800, total: 8467 }],
      ['无门槛减5 on pickup', { amountOff: 500, minSpend: 0 }, 1, 0, { itemsTotal: 3333, discount: 500, deliveryFee: 0, total: 2833 }],
    ]
    it.each(cases)('%s', async (_name, terms, a, b, expected) => {
      const productIds = (terms.productIds as string[] | undefined)?.map((p) => (p === 'A' ? shop.productId : shop.productB))
      const shopper = buyer()
      const mine = await claimed(database, shop, shopper, { ...terms, ...(productIds ? { productIds } : {}) })
      const pickup = _name.includes('pickup') ? { delivery: 'pickup' as const, address: undefined } : {}
      const quoteAnswer = await call(database, 'order', 'quote', request(a, b, { userCouponId: mine.id, ...pickup }), { openid: shopper })
      const createAnswer = await call(database, 'order', 'create', { ...request(a, b, { userCouponId: mine.id, ...pickup }), idempotencyKey: key() }, { openid: shopper })
      if (expected === 'COUPON_UNAVAILABLE') {
        for (const answer of [quoteAnswer, createAnswer]) {
          expect(answer.status).toBe(409)
          expect(!answer.body.ok && answer.body.error.code).toBe('COUPON_UNAVAILABLE')
        }
        const [copy] = await database.db.select().from(userCoupons).where(eq(userCoupons.id, mine.id))
        expect(copy.status).toBe('unused')
        return
      }
      expect(quoteAnswer.body.ok && quoteAnswer.body.data).toMatchObject({ ...expected, userCouponId: mine.id, bestUserCouponId: mine.id })
      expect(createAnswer.body.ok && createAnswer.body.data).toMatchObject({ ...expected, userCouponId: mine.id })
      const order = (createAnswer.body as any).data
      const [row] = await database.db.select().from(orders).where(eq(orders.id, order.id))
      expect({ itemsTotal: row.itemsTotal, discount: row.discount, deliveryFee: row.deliveryFee, total: row.total }).toEqual(expected)
    })
  })

  it('refuses a client-sent discount or total, and changes nothing', async () => {
    const shopper = buyer()
    const mine = await claimed(database, shop, shopper)
    for (const forged of [{ discount: 9000 }, { total: 1 }, { itemsTotal: 1 }]) {
      const before = await databaseChecksum(database.db)
      const answer = await call(database, 'order', 'create', { ...request(3, 0, { userCouponId: mine.id, ...forged }), idempotencyKey: key() }, { openid: shopper })
      expect(answer.status).toBe(400)
      expect(!answer.body.ok && answer.body.error.code).toBe('VALIDATION_FAILED')
      expect(await databaseChecksum(database.db)).toBe(before)
    }
    // What the shopper was shown counts only as a check: the server's total after the discount.
    const stale = await call(database, 'order', 'create', { ...request(3, 0, { userCouponId: mine.id, expectedTotal: 9999 }), idempotencyKey: key() }, { openid: shopper })
    expect(!stale.body.ok && stale.body.error.code).toBe('PRICE_CHANGED')
    const fine = await callOk(database, 'order', 'create', { ...request(3, 0, { userCouponId: mine.id, expectedTotal: 8799 }), idempotencyKey: key() }, { openid: shopper })
    expect(fine).toMatchObject({ discount: 2000, deliveryFee: 800, total: 8799 })
  })

  it('quote preselects the best usable coupon and lists the others with what they would save', async () => {
    const shopper = buyer()
    const small = await claimed(database, shop, shopper, { amountOff: 500, minSpend: 0, title: '无门槛减5' })
    const big = await claimed(database, shop, shopper, { amountOff: 2000, minSpend: 9900 })
    const far = await claimed(database, shop, shopper, { amountOff: 5000, minSpend: 50000, title: '满500减50' })
    const quote = await callOk(database, 'order', 'quote', request(3, 0), { openid: shopper })
    expect(quote).toMatchObject({ discount: 0, total: 9999, userCouponId: null, bestUserCouponId: big.id })
    const byId = Object.fromEntries(quote.coupons.map((c: any) => [c.id, c.discount]))
    expect(byId).toEqual({ [small.id]: 500, [big.id]: 2000, [far.id]: null })
    const cheap = await callOk(database, 'order', 'quote', request(1, 0), { openid: shopper })
    expect(cheap.bestUserCouponId).toBe(small.id)
  })

  it("another shopper's coupon, another store's, or a used one is COUPON_UNAVAILABLE", async () => {
    const owner = buyer()
    const mine = await claimed(database, shop, owner)
    const thief = await call(database, 'order', 'create', { ...request(3, 0, { userCouponId: mine.id }), idempotencyKey: key() }, { openid: buyer() })
    expect(!thief.body.ok && thief.body.error.code).toBe('COUPON_UNAVAILABLE')
    const other = await makeCouponShop(database)
    const elsewhere = await call(database, 'order', 'create', {
      storeId: other.storeId, items: [{ skuId: other.skuA, quantity: 3 }], address: ADDRESS, delivery: 'express', userCouponId: mine.id, idempotencyKey: key(),
    }, { openid: owner })
    expect(!elsewhere.body.ok && elsewhere.body.error.code).toBe('COUPON_UNAVAILABLE')
    await callOk(database, 'order', 'create', { ...request(3, 0, { userCouponId: mine.id }), idempotencyKey: key() }, { openid: owner })
    const again = await call(database, 'order', 'create', { ...request(3, 0, { userCouponId: mine.id }), idempotencyKey: key() }, { openid: owner })
    expect(!again.body.ok && again.body.error).toMatchObject({ code: 'COUPON_UNAVAILABLE', message: '优惠券已被使用' })
  })

  describe('lifecycle', () => {
    const statusOf = async (openid: string, id: string) =>
      (await callOk(database, 'coupon', 'mine', { storeId: shop.storeId }, { openid })).items.find((c: any) => c.id === id)?.status

    it('a cancelled unpaid order gives the coupon back, once; it can be used again', async () => {
      const shopper = buyer()
      const mine = await claimed(database, shop, shopper)
      const order = await callOk(database, 'order', 'create', { ...request(3, 0, { userCouponId: mine.id }), idempotencyKey: key() }, { openid: shopper })
      expect(await statusOf(shopper, mine.id)).toBe('used')
      await callOk(database, 'order', 'cancel', { orderId: order.id }, { openid: shopper })
      expect(await statusOf(shopper, mine.id)).toBe('unused')
      const second = await callOk(database, 'order', 'create', { ...request(3, 0, { userCouponId: mine.id }), idempotencyKey: key() }, { openid: shopper })
      expect(second.discount).toBe(2000)
      // Cancelling the first again is ORDER_STATE and must not free the coupon the second order holds.
      const repeat = await call(database, 'order', 'cancel', { orderId: order.id }, { openid: shopper })
      expect(!repeat.body.ok && repeat.body.error.code).toBe('ORDER_STATE')
      expect(await statusOf(shopper, mine.id)).toBe('used')
    })

    it('an unpaid order that expires gives the coupon back; a paid one keeps it used', async () => {
      const shopper = buyer()
      const mine = await claimed(database, shop, shopper)
      const kept = await claimed(database, shop, shopper, { amountOff: 500, minSpend: 0 })
      const unpaid = await callOk(database, 'order', 'create', { ...request(3, 0, { userCouponId: mine.id }), idempotencyKey: key() }, { openid: shopper })
      const paid = await callOk(database, 'order', 'create', { ...request(1, 0, { userCouponId: kept.id }), idempotencyKey: key() }, { openid: shopper })
      await callOk(database, 'payment', 'simulate', { orderId: paid.id }, { openid: shopper })
      const later = new Date(Date.now() + 31 * 60_000)
      const { expired } = await callOk(database, 'timer', 'expireOrders', {}, { caller: 'platform', now: () => later })
      expect(expired).toContain(unpaid.id)
      expect(await statusOf(shopper, mine.id)).toBe('unused')
      expect(await statusOf(shopper, kept.id)).toBe('used')
    })

    it('an expired coupon is refused and listed as expired', async () => {
      const shopper = buyer()
      const mine = await claimed(database, shop, shopper, { endAt: new Date(Date.now() + 60_000).toISOString() })
      const later = () => new Date(Date.now() + 120_000)
      const answer = await call(database, 'order', 'create', { ...request(3, 0, { userCouponId: mine.id }), idempotencyKey: key() }, { openid: shopper, now: later })
      expect(!answer.body.ok && answer.body.error).toMatchObject({ code: 'COUPON_UNAVAILABLE', message: '优惠券已过期' })
      const expired = await callOk(database, 'coupon', 'mine', { status: 'expired' }, { openid: shopper, now: later })
      expect(expired.items.map((c: any) => [c.id, c.status])).toEqual([[mine.id, 'expired']])
      const late = await call(database, 'coupon', 'claim', { couponId: mine.couponId }, { openid: buyer(), now: later })
      expect(!late.body.ok && late.body.error.code).toBe('COUPON_UNAVAILABLE')
    })
  })

  it('claims: per-person limit, total quantity, stopped coupons; list shows remaining and mine', async () => {
    const coupon = await saveCoupon(database, shop, { totalQuantity: 2, perPersonLimit: 1 })
    const first = buyer()
    await callOk(database, 'coupon', 'claim', { couponId: coupon.id }, { openid: first })
    const twice = await call(database, 'coupon', 'claim', { couponId: coupon.id }, { openid: first })
    expect(!twice.body.ok && twice.body.error.code).toBe('COUPON_UNAVAILABLE')
    const listed = await callOk(database, 'coupon', 'list', { storeId: shop.storeId }, { openid: first })
    expect(listed.items.find((c: any) => c.id === coupon.id)).toMatchObject({ remaining: 1, mine: 1, claimed: 1 })
    const anonymous = await callOk(database, 'coupon', 'list', { storeId: shop.storeId })
    expect(anonymous.items.find((c: any) => c.id === coupon.id)).toMatchObject({ remaining: 1, mine: 0 })
    await callOk(database, 'coupon', 'claim', { couponId: coupon.id }, { openid: buyer() })
    const soldOut = await call(database, 'coupon', 'claim', { couponId: coupon.id }, { openid: buyer() })
    expect(!soldOut.body.ok && soldOut.body.error).toMatchObject({ code: 'COUPON_UNAVAILABLE', message: '优惠券已被领完' })

    const stopped = await saveCoupon(database, shop)
    await callOk(database, 'merchant', 'setCouponStatus', { storeId: shop.storeId, couponId: stopped.id, status: 'stopped' }, { openid: shop.ownerOpenid })
    const refused = await call(database, 'coupon', 'claim', { couponId: stopped.id }, { openid: buyer() })
    expect(!refused.body.ok && refused.body.error.code).toBe('COUPON_UNAVAILABLE')
    expect((await callOk(database, 'coupon', 'list', { storeId: shop.storeId })).items.map((c: any) => c.id)).not.toContain(stopped.id)
  })

  it('audiences: new = no paid order in the store; lapsed = paid, but not in the last 60 days', async () => {
    const fresh = buyer()
    const regular = buyer()
    const gone = buyer()
    for (const [openid, daysAgo] of [[regular, 10], [gone, 61]] as const) {
      const order = await callOk(database, 'order', 'create', { ...request(1, 0), idempotencyKey: key() }, { openid })
      await callOk(database, 'payment', 'simulate', { orderId: order.id }, { openid })
      await database.db.update(orders).set({ paidAt: new Date(Date.now() - daysAgo * 86_400_000) }).where(eq(orders.id, order.id))
    }
    const forNew = await saveCoupon(database, shop, { audience: 'new' })
    const forLapsed = await saveCoupon(database, shop, { audience: 'lapsed' })
    const outcome = async (couponId: string, openid: string) => {
      const answer = await call(database, 'coupon', 'claim', { couponId }, { openid })
      return answer.body.ok ? 'ok' : answer.body.error.code
    }
    expect([await outcome(forNew.id, fresh), await outcome(forNew.id, regular), await outcome(forNew.id, gone)]).toEqual(['ok', 'COUPON_UNAVAILABLE', 'COUPON_UNAVAILABLE'])
    expect([await outcome(forLapsed.id, fresh), await outcome(forLapsed.id, regular), await outcome(forLapsed.id, gone)]).toEqual(['COUPON_UNAVAILABLE', 'COUPON_UNAVAILABLE', 'ok'])
  })

  it('saveCoupon: checks kinds, dates, products of the store; an edit keeps the total above what was handed out', async () => {
    const owner = { openid: shop.ownerOpenid }
    const bad = async (overrides: Record<string, unknown>) => {
      const answer = await call(database, 'merchant', 'saveCoupon', { ...(await import('../../tests/support/coupon-fixtures')).couponInput(shop, overrides) }, owner)
      return answer.body.ok ? 'ok' : answer.body.error.code
    }
    expect(await bad({ kind: 'percent', amountOff: undefined })).toBe('VALIDATION_FAILED')
    expect(await bad({ kind: 'percent', amountOff: undefined, percentOff: 95 })).toBe('VALIDATION_FAILED')
    expect(await bad({ amountOff: 20000, minSpend: 9900 })).toBe('VALIDATION_FAILED')
    expect(await bad({ endAt: new Date(Date.now() - 7_200_000).toISOString() })).toBe('VALIDATION_FAILED')
    const other = await makeCouponShop(database)
    expect(await bad({ productIds: [other.productId] })).toBe('VALIDATION_FAILED')
    expect(await bad({ discount: 5 })).toBe('VALIDATION_FAILED')

    const coupon = await saveCoupon(database, shop, { totalQuantity: 5, perPersonLimit: 1 })
    await callOk(database, 'coupon', 'claim', { couponId: coupon.id }, { openid: buyer() })
    await callOk(database, 'coupon', 'claim', { couponId: coupon.id }, { openid: buyer() })
    expect(await bad({ couponId: coupon.id, totalQuantity: 1 })).toBe('VALIDATION_FAILED')
    const edited = await callOk(database, 'merchant', 'saveCoupon', { ...(await import('../../tests/support/coupon-fixtures')).couponInput(shop, { couponId: coupon.id, totalQuantity: 2, title: '改过的券' }) }, owner)
    expect(edited).toMatchObject({ id: coupon.id, title: '改过的券', totalQuantity: 2, claimed: 2, used: 0, status: 'active' })
    const otherOwner = await call(database, 'merchant', 'saveCoupon', { ...(await import('../../tests/support/coupon-fixtures')).couponInput(other, { couponId: coupon.id }) }, { openid: other.ownerOpenid })
    expect(!otherOwner.body.ok && otherOwner.body.error.code).toBe('NOT_FOUND')
  })

  it("grantCoupon sends to the store's own customers only, at most 100, within the total", async () => {
    const customer = buyer()
    await callOk(database, 'order', 'create', { ...request(1, 0), idempotencyKey: key() }, { openid: customer })
    const coupon = await saveCoupon(database, shop, { totalQuantity: 1 })
    const owner = { openid: shop.ownerOpenid }
    const stranger = await call(database, 'merchant', 'grantCoupon', { storeId: shop.storeId, couponId: coupon.id, openids: [customer, 'never-bought-here'] }, owner)
    expect(!stranger.body.ok && stranger.body.error.code).toBe('VALIDATION_FAILED')
    const tooMany = await call(database, 'merchant', 'grantCoupon', { storeId: shop.storeId, couponId: coupon.id, openids: Array.from({ length: 101 }, (_, i) => `c-${i}`) }, owner)
    expect(!tooMany.body.ok && tooMany.body.error.code).toBe('VALIDATION_FAILED')
    expect(await callOk(database, 'merchant', 'grantCoupon', { storeId: shop.storeId, couponId: coupon.id, openids: [customer] }, owner)).toEqual({ granted: 1 })
    const held = await callOk(database, 'coupon', 'mine', {}, { openid: customer })
    expect(held.items.map((c: any) => c.couponId)).toContain(coupon.id)
    const over = await call(database, 'merchant', 'grantCoupon', { storeId: shop.storeId, couponId: coupon.id, openids: [customer] }, owner)
    expect(!over.body.ok && over.body.error.code).toBe('COUPON_UNAVAILABLE')
  })

  it('listCoupons and stats count claimed, used and the sales they brought', async () => {
    const own = await makeCouponShop(database)
    const shopper = buyer()
    const coupon = await saveCoupon(database, own)
    const copy = await callOk(database, 'coupon', 'claim', { couponId: coupon.id }, { openid: shopper })
    const order = await callOk(database, 'order', 'create', {
      storeId: own.storeId, items: [{ skuId: own.skuA, quantity: 3 }], address: ADDRESS, delivery: 'express', userCouponId: copy.id, idempotencyKey: key(),
    }, { openid: shopper })
    await callOk(database, 'payment', 'simulate', { orderId: order.id }, { openid: shopper })
    const listed = await callOk(database, 'merchant', 'listCoupons', { storeId: own.storeId }, { openid: own.ownerOpenid })
    expect(listed.items).toEqual([expect.objectContaining({ id: coupon.id, claimed: 1, used: 1 })])
    const stats = await callOk(database, 'merchant', 'stats', { storeId: own.storeId, period: 'today' }, { openid: own.ownerOpenid })
    expect(stats.coupons).toEqual({ claimed: 1, used: 1, sales: 8799, discount: 2000 })
  })
})
