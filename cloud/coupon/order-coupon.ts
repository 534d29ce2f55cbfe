// A shopper's coupon on an order: what order.quote offers and order.create takes, and the
// give-back when an unpaid order is cancelled or expires. Called only when an order names a
// coupon (or a quote looks for one), so an order without a coupon costs no extra statement.
import { and, eq, gt, lte, sql } from 'drizzle-orm'
import { orderDiscount, type CouponLine } from '../../src/domain/coupon'
import type { CouponChoice } from '../../src/domain/order-types'
import { AppError } from '../../src/domain/errors'
import { formatFen } from '../../src/domain/money'
import type { Db, Tx } from '../db/client'
import { userCoupons } from '../db/schema'
import { userCouponView, type UserCouponRow } from './coupon-view'

export interface CouponRequest {
  buyer: string
  storeId: string
  lines: readonly CouponLine[]
  /** The order's total before the discount (items plus delivery). */
  totalBefore: number
  now: Date
}


export interface QuotedCoupon {
  discount: number
  userCouponId: string | null
  bestUserCouponId: string | null
  coupons: CouponChoice[]
}

const unavailable = (message: string, reason: string) => new AppError('COUPON_UNAVAILABLE', message, { reason })

/**
 * Marks the caller's coupon used by this order, inside the order's transaction: one guarded
 * update (unused, theirs, this store's, valid now), so of two orders racing for one coupon
 * only one gets it; the other waits on the row and then finds it used. Returns the discount.
 */
export async function useCoupon(tx: Tx, userCouponId: string, orderId: string, request: CouponRequest): Promise<number> {
  const [copy] = await tx
    .update(userCoupons)
    .set({ status: 'used', orderId, usedAt: request.now })
    .where(
      and(
        eq(userCoupons.id, userCouponId),
        eq(userCoupons.openid, request.buyer),
        eq(userCoupons.storeId, request.storeId),
        eq(userCoupons.status, 'unused'),
        lte(userCoupons.validFrom, request.now),
        gt(userCoupons.validTo, request.now),
      ),
    )
    .returning()
  if (!copy) throw await whyNot(tx, userCouponId, request)
  const discount = orderDiscount(copy, request.lines, request.totalBefore)
  // Thrown inside the transaction, so the update above is rolled back with the order.
  if (discount === null) throw notReached(copy)
  return discount
}

/** The caller's usable coupons of the store for these lines, the best of them, and the chosen one's discount. */
export async function quoteCoupon(db: Db | Tx, userCouponId: string | undefined, request: CouponRequest): Promise<QuotedCoupon> {
  const rows = await db
    .select()
    .from(userCoupons)
    .where(
      and(
        eq(userCoupons.openid, request.buyer),
        eq(userCoupons.storeId, request.storeId),
        eq(userCoupons.status, 'unused'),
        lte(userCoupons.validFrom, request.now),
        gt(userCoupons.validTo, request.now),
      ),
    )
    .orderBy(sql`${userCoupons.validTo} asc`, sql`${userCoupons.seq} asc`)
    .limit(100)
  const coupons = rows.map((row) => ({ ...userCouponView(row, request.now), discount: orderDiscount(row, request.lines, request.totalBefore) }))
  // The largest saving; among equal ones the copy that expires first (the list's order).
  let best: CouponChoice | null = null
  for (const coupon of coupons) if (coupon.discount !== null && coupon.discount > 0 && (!best || coupon.discount > best.discount!)) best = coupon
  let discount = 0
  if (userCouponId !== undefined) {
    const chosen = coupons.find((coupon) => coupon.id === userCouponId)
    if (!chosen) throw await whyNot(db, userCouponId, request)
    if (chosen.discount === null) throw notReached(chosen)
    discount = chosen.discount
  }
  return { discount, userCouponId: userCouponId ?? null, bestUserCouponId: best?.id ?? null, coupons }
}

/**
 * Gives a cancelled or expired unpaid order's coupon back to its holder; runs inside the
 * guarded transition that cancelled the order, so it happens exactly once.
 */
export async function releaseCoupon(tx: Db | Tx, userCouponId: string, orderId: string): Promise<void> {
  await tx
    .update(userCoupons)
    .set({ status: 'unused', orderId: null, usedAt: null })
    .where(and(eq(userCoupons.id, userCouponId), eq(userCoupons.orderId, orderId), eq(userCoupons.status, 'used')))
}

function notReached(copy: Pick<UserCouponRow, 'minSpend' | 'productIds'>): AppError {
  const scope = copy.productIds.length > 0 ? '指定商品' : '商品'
  return unavailable(`${scope}金额未满 ${formatFen(copy.minSpend)}，这张券还不能用`, 'min_spend')
}

/** Another's copy is as if it did not exist; one's own gets the reason it cannot be used. */
async function whyNot(db: Db | Tx, userCouponId: string, request: CouponRequest): Promise<AppError> {
  const [copy] = await db
    .select()
    .from(userCoupons)
    .where(and(eq(userCoupons.id, userCouponId), eq(userCoupons.openid, request.buyer)))
    .limit(1)
  if (!copy) return unavailable('优惠券不存在', 'not_found')
  if (copy.storeId !== request.storeId) return unavailable('这张券不能在这家店使用', 'other_store')
  if (copy.status === 'used') return unavailable('优惠券已被使用', 'used')
  if (copy.validTo.getTime() <= request.now.getTime()) return unavailable('优惠券已过期', 'expired')
  if (copy.validFrom.getTime() > request.now.getTime()) return unavailable('优惠券还未到使用时间', 'not_started')
  return unavailable('优惠券不可用', 'unavailable')
}
