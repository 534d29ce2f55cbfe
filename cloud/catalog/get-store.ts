import { eq } from 'drizzle-orm'
import { z } from 'zod'
import type { Store } from '../../src/domain/catalog'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { stores } from '../db/schema'
import { defineOperation } from '../operation'
import { riskyImages } from '../media/risky-images'
import { toStore } from './store-view'
import { loadShippingRules } from '../shipping/rules-view'

export const getStore = defineOperation({
  input: z.object({ storeId: idSchema }).strict(),
  access: 'public',
  async run(ctx, { storeId }): Promise<Store> {
    const [row] = await ctx.db.select().from(stores).where(eq(stores.id, storeId)).limit(1)
    if (!row) throw new AppError('NOT_FOUND', '店铺不存在')
    const risky = (await riskyImages(ctx.db, [row.logo])).has(row.logo)
    const shipping = await loadShippingRules(ctx.db, row.id, row.pickupAddress)
    if (risky && row.ownerOpenid === ctx.identity?.openid) return { ...toStore(row), logoFlagged: true, shipping }
    return { ...toStore(row, risky), shipping }
  },
})
