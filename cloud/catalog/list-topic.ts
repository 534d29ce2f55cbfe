import { arrayContains, desc } from 'drizzle-orm'
import { z } from 'zod'
import type { Product, Store } from '../../src/domain/catalog'
import type { Page } from '../../src/domain/envelope'
import { AppError } from '../../src/domain/errors'
import { normalizeHashtag } from '../../src/domain/hashtags'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { stores } from '../db/schema'
import { defineOperation } from '../operation'
import { listProducts } from './list-products'
import { riskyImages } from '../media/risky-images'
import { toStore } from './store-view'
import { text } from '../../src/domain/text-schema'

const MAX_TOPIC_STORES = 10

/**
 * A topic page: on-sale products carrying the hashtag themselves, in one store or across all,
 * newest first. The first page (no cursor, no storeId) also names the stores whose brand
 * hashtags match, for the page's 店铺 section.
 */
export const listTopic = defineOperation({
  input: z
    .object({ hashtag: text({ max: 64 }), storeId: idSchema.optional(), cursor: cursorSchema, limit: limitSchema })
    .strict(),
  access: 'public',
  async run(ctx, input): Promise<Page<Product> & { stores?: Store[] }> {
    const tag = normalizeHashtag(input.hashtag)
    if (!tag) throw new AppError('VALIDATION_FAILED', '话题无效')
    const page = await listProducts.run(ctx, { ...input, hashtag: tag })
    if (input.cursor || input.storeId) return page
    const matching = await ctx.db
      .select()
      .from(stores)
      .where(arrayContains(stores.hashtags, [tag]))
      .orderBy(desc(stores.seq))
      .limit(MAX_TOPIC_STORES)
    const risky = await riskyImages(ctx.db, matching.map((store) => store.logo))
    return {
      ...page,
      stores: matching.map((store) => toStore(store, risky.has(store.logo))),
    }
  },
})
