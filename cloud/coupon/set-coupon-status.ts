// merchant.setCouponStatus: stops a coupon (no more claims or grants) or starts it again.
// Copies already claimed stay usable until their validTo: the shopper was promised them.
import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import { COUPON_STATUSES, type Coupon } from '../../src/domain/coupon'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { coupons } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'
import { toCoupons } from './coupon-view'

export const setCouponStatus = defineOperation({
  input: z.object({ storeId: idSchema, couponId: idSchema, status: z.enum(COUPON_STATUSES) }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, couponId, status }): Promise<Coupon> {
    await requireOwnStore(ctx, storeId)
    const [row] = await ctx.db
      .update(coupons)
      .set({ status, updatedAt: ctx.now() })
      .where(and(eq(coupons.id, couponId), eq(coupons.storeId, storeId)))
      .returning()
    if (!row) throw new AppError('NOT_FOUND', '优惠券不存在')
    return (await toCoupons(ctx.db, [row]))[0]
  },
})
