// coupon.mine: the caller's coupons (我的优惠券), newest first, optionally of one store or one
// state. 'expired' is derived: an unused copy past its validTo.
import { and, desc, eq, gt, lte, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import { USER_COUPON_STATUSES, type UserCoupon } from '../../src/domain/coupon'
import { idSchema } from '../../src/domain/validation'
import { userCoupons } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { userCouponView } from './coupon-view'

const MAX_LISTED = 200

export const mine = defineOperation({
  input: z.object({ storeId: idSchema.optional(), status: z.enum(USER_COUPON_STATUSES).optional() }).strict(),
  access: 'user',
  async run(ctx, { storeId, status }): Promise<{ items: UserCoupon[] }> {
    const openid = requireOpenid(ctx)
    const now = ctx.now()
    const filters: SQL[] = [eq(userCoupons.openid, openid)]
    if (storeId) filters.push(eq(userCoupons.storeId, storeId))
    if (status === 'used') filters.push(eq(userCoupons.status, 'used'))
    if (status === 'unused') filters.push(eq(userCoupons.status, 'unused'), gt(userCoupons.validTo, now))
    if (status === 'expired') filters.push(eq(userCoupons.status, 'unused'), lte(userCoupons.validTo, now))
    const rows = await ctx.db
      .select()
      .from(userCoupons)
      .where(and(...filters))
      .orderBy(desc(userCoupons.seq))
      .limit(MAX_LISTED)
    return { items: rows.map((row) => userCouponView(row, now)) }
  },
})
