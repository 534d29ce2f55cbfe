// coupon.list: a store's coupons a shopper can claim now (the 领券 strip), with what is left of
// each and how many the caller holds. Anonymous visitors see the strip too (mine = 0).
import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { ClaimableCoupon } from '../../src/domain/coupon'
import { idSchema } from '../../src/domain/validation'
import { coupons, userCoupons } from '../db/schema'
import { defineOperation } from '../operation'
import { toCoupons } from './coupon-view'

export const list = defineOperation({
  input: z.object({ storeId: idSchema }).strict(),
  access: 'public',
  async run(ctx, { storeId }): Promise<{ items: ClaimableCoupon[] }> {
    const now = ctx.now()
    const rows = await ctx.db
      .select()
      .from(coupons)
      .where(and(eq(coupons.storeId, storeId), eq(coupons.status, 'active'), lte(coupons.startAt, now), gt(coupons.endAt, now)))
      .orderBy(asc(coupons.minSpend), asc(coupons.seq))
      .limit(50)
    const openid = ctx.identity?.openid
    const mine = new Map<string, number>()
    if (openid && rows.length > 0) {
      const held = await ctx.db
        .select({ couponId: userCoupons.couponId, n: sql<number>`count(*)::int` })
        .from(userCoupons)
        .where(and(eq(userCoupons.openid, openid), inArray(userCoupons.couponId, rows.map((row) => row.id))))
        .groupBy(userCoupons.couponId)
      for (const row of held) mine.set(row.couponId, Number(row.n))
    }
    const items = (await toCoupons(ctx.db, rows)).map((coupon) => ({
      ...coupon,
      remaining: coupon.totalQuantity - coupon.claimed,
      mine: mine.get(coupon.id) ?? 0,
    }))
    return { items }
  },
})
