// merchant.grantCoupon: sends one copy of a coupon to each chosen customer of the store (at most
// MAX_GRANT, each an openid that has ordered from this store). Every copy goes through the same
// guarded hand-out as a claim, so grants never exceed the total or a person's limit; all or none.
import { and, eq, inArray } from 'drizzle-orm'
import { z } from 'zod'
import { MAX_GRANT } from '../../src/domain/coupon'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { coupons, orders } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'
import { handOut } from './hand-out'

/** An OPENID as WeChat issues it (28 characters) or as local identities are written. */
const openidSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'openid 格式不正确')

export const grantCoupon = defineOperation({
  input: z
    .object({
      storeId: idSchema,
      couponId: idSchema,
      openids: z.array(openidSchema).min(1, '至少选择一位顾客').max(MAX_GRANT, `一次最多发给 ${MAX_GRANT} 位顾客`),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, couponId, openids }): Promise<{ granted: number }> {
    await requireOwnStore(ctx, storeId)
    const [coupon] = await ctx.db
      .select({ id: coupons.id })
      .from(coupons)
      .where(and(eq(coupons.id, couponId), eq(coupons.storeId, storeId)))
      .limit(1)
    if (!coupon) throw new AppError('NOT_FOUND', '优惠券不存在')
    const unique = [...new Set(openids)]
    const customers = await ctx.db
      .selectDistinct({ openid: orders.buyerOpenid })
      .from(orders)
      .where(and(eq(orders.storeId, storeId), inArray(orders.buyerOpenid, unique)))
    if (customers.length !== unique.length) throw new AppError('VALIDATION_FAILED', '只能发给在本店下过单的顾客')
    const now = ctx.now()
    await ctx.db.transaction(async (tx) => {
      // In a fixed order, so two grants of one coupon never wait on each other in a cycle.
      for (const openid of unique.sort()) await handOut(tx, couponId, openid, now)
    })
    return { granted: unique.length }
  },
})
