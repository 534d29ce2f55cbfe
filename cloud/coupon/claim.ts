// coupon.claim: the shopper takes one copy of a store's coupon (领券), if it is still going,
// they are in its audience and below its per-person limit.
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import type { UserCoupon } from '../../src/domain/coupon'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { coupons } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { defineOperation, requireOpenid } from '../operation'
import { inAudience } from './audience'
import { userCouponView } from './coupon-view'
import { handOut } from './hand-out'

const AUDIENCE_REFUSAL = { new: '这张券仅限新客领取', lapsed: '这张券仅限老顾客回归领取' } as const

export const claim = defineOperation({
  input: z.object({ couponId: idSchema }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { couponId }): Promise<UserCoupon> {
    const openid = requireOpenid(ctx)
    const now = ctx.now()
    const [coupon] = await ctx.db
      .select({ storeId: coupons.storeId, audience: coupons.audience })
      .from(coupons)
      .where(eq(coupons.id, couponId))
      .limit(1)
    if (!coupon) throw new AppError('NOT_FOUND', '优惠券不存在')
    if (coupon.audience !== 'all' && !(await inAudience(ctx.db, coupon.audience, coupon.storeId, openid, now))) {
      throw new AppError('COUPON_UNAVAILABLE', AUDIENCE_REFUSAL[coupon.audience], { reason: 'audience' })
    }
    const copy = await ctx.db.transaction((tx) => handOut(tx, couponId, openid, now))
    return userCouponView(copy, now)
  },
})
