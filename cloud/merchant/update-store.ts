import { and, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import type { OwnedStore } from '../../src/domain/store-profile'
import { idSchema } from '../../src/domain/validation'
import { stores } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { checkMerchantText } from './merchant-text'
import { checkNewImages } from '../media/check-images'
import { storeFields } from './open-store'
import { requireOwnStore } from './own-store'
import { toOwnedStore } from './store-view'
import { WRITES } from '../limits/rate-limit'

/** Changes what is given; brand hashtags can be edited any number of times. */
export const updateStore = defineOperation({
  input: z
    .object({
      storeId: idSchema,
      name: storeFields.name.optional(),
      intro: storeFields.intro.optional(),
      logo: storeFields.logo.optional(),
      hashtags: storeFields.hashtags.optional(),
      category: storeFields.category.optional(),
      pickupAddress: storeFields.pickupAddress.optional(),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, ...changes }): Promise<OwnedStore> {
    const openid = requireOpenid(ctx)
    const current = await requireOwnStore(ctx, storeId)
    const changedText = [
      changes.name !== undefined && changes.name !== current.name ? changes.name : undefined,
      changes.intro !== undefined && changes.intro !== current.intro ? changes.intro : undefined,
      ...(changes.hashtags ?? []).filter((tag) => !current.hashtags.includes(tag)),
      changes.pickupAddress !== undefined && changes.pickupAddress !== current.pickupAddress ? changes.pickupAddress : undefined,
    ]
    await checkMerchantText(ctx, { openid, parts: changedText, purpose: 'store' })
    await checkNewImages(ctx, { images: [changes.logo], openid, scene: 1 })
    const values = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined))
    if (Object.keys(values).length === 0) return toOwnedStore(current)
    // The owner is part of the condition, so the row changes only while it is still theirs.
    const [row] = await ctx.db
      .update(stores)
      .set({ ...values, updatedAt: sql`now()` })
      .where(and(eq(stores.id, storeId), eq(stores.ownerOpenid, openid)))
      .returning()
    if (!row) throw new AppError('NOT_FOUND', '店铺不存在')
    return toOwnedStore(row)
  },
})
