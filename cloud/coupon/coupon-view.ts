// Turns coupon rows into the wire's Coupon and UserCoupon (src/domain/coupon.ts).
import { and, eq, inArray, sql } from 'drizzle-orm'
import { userCouponStatus, type Coupon, type UserCoupon } from '../../src/domain/coupon'
import type { Db, Tx } from '../db/client'
import { coupons, userCoupons } from '../db/schema'

export type CouponRow = typeof coupons.$inferSelect
export type UserCouponRow = typeof userCoupons.$inferSelect

export function couponView(row: CouponRow, used: number): Coupon {
  return {
    id: row.id,
    storeId: row.storeId,
    title: row.title,
    kind: row.kind,
    amountOff: row.amountOff,
    percentOff: row.percentOff,
    minSpend: row.minSpend,
    productIds: row.productIds,
    totalQuantity: row.totalQuantity,
    perPersonLimit: row.perPersonLimit,
    startAt: row.startAt.toISOString(),
    endAt: row.endAt.toISOString(),
    audience: row.audience,
    status: row.status,
    claimed: row.claimed,
    used,
  }
}

/** How many copies of each coupon orders hold now (used, and not given back). */
export async function usedCounts(db: Db | Tx, couponIds: readonly string[]): Promise<Map<string, number>> {
  if (couponIds.length === 0) return new Map()
  const rows = await db
    .select({ couponId: userCoupons.couponId, used: sql<number>`count(*)::int` })
    .from(userCoupons)
    .where(and(inArray(userCoupons.couponId, [...couponIds]), eq(userCoupons.status, 'used')))
    .groupBy(userCoupons.couponId)
  return new Map(rows.map((row) => [row.couponId, Number(row.used)]))
}

export async function toCoupons(db: Db | Tx, rows: readonly CouponRow[]): Promise<Coupon[]> {
  const used = await usedCounts(db, rows.map((row) => row.id))
  return rows.map((row) => couponView(row, used.get(row.id) ?? 0))
}

export function userCouponView(row: UserCouponRow, now: Date): UserCoupon {
  return {
    id: row.id,
    couponId: row.couponId,
    storeId: row.storeId,
    title: row.title,
    kind: row.kind,
    amountOff: row.amountOff,
    percentOff: row.percentOff,
    minSpend: row.minSpend,
    productIds: row.productIds,
    validFrom: row.validFrom.toISOString(),
    validTo: row.validTo.toISOString(),
    status: userCouponStatus(row.status, row.validTo, now),
    orderId: row.orderId,
    claimedAt: row.createdAt.toISOString(),
  }
}
