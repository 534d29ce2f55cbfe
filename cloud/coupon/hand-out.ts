// Gives one copy of a coupon to one shopper: the path of both coupon.claim and
// merchant.grantCoupon. The copy count is raised by one guarded update (never past
// totalQuantity), which also locks the coupon's row until the transaction ends; so the
// per-person count read after it sees every earlier copy of the same coupon, however many
// claims race (each statement of a READ COMMITTED transaction reads what committed before it).
import { and, eq, gt, lte, sql } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import type { Tx } from '../db/client'
import { newId } from '../db/ids'
import { coupons, userCoupons } from '../db/schema'
import type { CouponRow, UserCouponRow } from './coupon-view'

export async function handOut(tx: Tx, couponId: string, openid: string, now: Date): Promise<UserCouponRow> {
  const [coupon] = await tx
    .update(coupons)
    .set({ claimed: sql`${coupons.claimed} + 1` })
    .where(
      and(
        eq(coupons.id, couponId),
        eq(coupons.status, 'active'),
        lte(coupons.startAt, now),
        gt(coupons.endAt, now),
        sql`${coupons.claimed} < ${coupons.totalQuantity}`,
      ),
    )
    .returning()
  if (!coupon) throw await refusal(tx, couponId, now)
  const [{ held }] = await tx
    .select({ held: sql<number>`count(*)::int` })
    .from(userCoupons)
    .where(and(eq(userCoupons.couponId, couponId), eq(userCoupons.openid, openid)))
  if (Number(held) >= coupon.perPersonLimit) {
    throw new AppError('COUPON_UNAVAILABLE', `每人限领 ${coupon.perPersonLimit} 张，你已领过了`, { reason: 'limit' })
  }
  const [copy] = await tx.insert(userCoupons).values(copyOf(coupon, openid, now)).returning()
  return copy
}

function copyOf(coupon: CouponRow, openid: string, now: Date): typeof userCoupons.$inferInsert {
  return {
    id: newId(),
    couponId: coupon.id,
    storeId: coupon.storeId,
    openid,
    title: coupon.title,
    kind: coupon.kind,
    amountOff: coupon.amountOff,
    percentOff: coupon.percentOff,
    minSpend: coupon.minSpend,
    productIds: coupon.productIds,
    validFrom: coupon.startAt,
    validTo: coupon.endAt,
    createdAt: now,
  }
}

/** Why the guarded update found nothing, in words a shopper understands. */
async function refusal(tx: Tx, couponId: string, now: Date): Promise<AppError> {
  const [coupon] = await tx.select().from(coupons).where(eq(coupons.id, couponId)).limit(1)
  if (!coupon) return new AppError('NOT_FOUND', '优惠券不存在')
  if (coupon.status !== 'active') return new AppError('COUPON_UNAVAILABLE', '优惠券已停止发放', { reason: 'stopped' })
  if (coupon.startAt.getTime() > now.getTime()) return new AppError('COUPON_UNAVAILABLE', '优惠券还未开始领取', { reason: 'not_started' })
  if (coupon.endAt.getTime() <= now.getTime()) return new AppError('COUPON_UNAVAILABLE', '优惠券已过期', { reason: 'expired' })
  return new AppError('COUPON_UNAVAILABLE', '优惠券已被领完', { reason: 'sold_out' })
}
