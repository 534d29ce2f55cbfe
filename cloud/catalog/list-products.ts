import { arrayContains, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Product } from '../../src/domain/catalog'
import type { Page } from '../../src/domain/envelope'
import { AppError } from '../../src/domain/errors'
import { normalizeHashtag } from '../../src/domain/hashtags'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { products } from '../db/schema'
import { defineOperation } from '../operation'
import { onSalePage } from './on-sale-page'
import { text } from '../../src/domain/text-schema'

export const listProductsInput = z
  .object({
    storeId: idSchema.optional(),
    hashtag: text({ max: 64 }).optional(),
    cursor: cursorSchema,
    limit: limitSchema,
  })
  .strict()

/** On-sale products, newest first; of one store or, without storeId, of all stores. */
export const listProducts = defineOperation({
  input: listProductsInput,
  access: 'public',
  async run(ctx, input): Promise<Page<Product>> {
    const conditions: SQL[] = []
    if (input.hashtag !== undefined) {
      const tag = normalizeHashtag(input.hashtag)
      if (!tag) throw new AppError('VALIDATION_FAILED', '话题无效')
      conditions.push(arrayContains(products.hashtags, [tag]))
    }
    return onSalePage(ctx, input, conditions)
  },
})
