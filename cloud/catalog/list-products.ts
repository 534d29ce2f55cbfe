import { arrayContains, eq, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Product } from '../../src/domain/catalog'
import type { Page } from '../../src/domain/envelope'
import { AppError } from '../../src/domain/errors'
import { normalizeHashtag } from '../../src/domain/hashtags'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { categories, products } from '../db/schema'
import { defineOperation } from '../operation'
import { onSalePage } from './on-sale-page'
import { text } from '../../src/domain/text-schema'

export const listProductsInput = z
  .object({
    storeId: idSchema.optional(),
    hashtag: text({ max: 64 }).optional(),
    categoryId: idSchema.optional(),
    cursor: cursorSchema,
    limit: limitSchema,
  })
  .strict()

/**
 * On-sale products, newest first; of one store or, without storeId, of all stores; of one
 * category when categoryId is given. An unknown category, or one of another store than
 * storeId, is NOT_FOUND.
 */
export const listProducts = defineOperation({
  input: listProductsInput,
  access: 'public',
  async run(ctx, input): Promise<Page<Product>> {
    const conditions: SQL[] = []
    let storeId = input.storeId
    if (input.hashtag !== undefined) {
      const tag = normalizeHashtag(input.hashtag)
      if (!tag) throw new AppError('VALIDATION_FAILED', '话题无效')
      conditions.push(arrayContains(products.hashtags, [tag]))
    }
    if (input.categoryId !== undefined) {
      const [category] = await ctx.db.select({ storeId: categories.storeId }).from(categories).where(eq(categories.id, input.categoryId)).limit(1)
      if (!category || (storeId !== undefined && category.storeId !== storeId)) throw new AppError('NOT_FOUND', '分类不存在')
      storeId = category.storeId
    }
    return onSalePage(ctx, { ...input, storeId }, conditions)
  },
})
