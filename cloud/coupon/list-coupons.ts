// merchant.listCoupons: every coupon of the merchant's store, newest first, with how many were
// handed out (claimed) and how many orders hold one now (used).
import { desc, eq } from 'drizzle-orm'
import { z } from 'zod'
import type { Coupon } from '../../src/domain/coupon'
import { idSchema } from '../../src/domain/validation'
import { coupons } from '../db/schema'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'
import { toCoupons } from './coupon-view'

export const listCoupons = defineOperation({
  input: z.object({ storeId: idSchema }).strict(),
  access: 'user',
  async run(ctx, { storeId }): Promise<{ items: Coupon[] }> {
    await requireOwnStore(ctx, storeId)
    const rows = await ctx.db.select().from(coupons).where(eq(coupons.storeId, storeId)).orderBy(desc(coupons.seq)).limit(200)
    return { items: await toCoupons(ctx.db, rows) }
  },
})
