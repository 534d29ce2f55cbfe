import { and, arrayContains, desc, eq, lt, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Product } from '../../src/domain/catalog'
import type { Page } from '../../src/domain/envelope'
import { AppError } from '../../src/domain/errors'
import { normalizeHashtag } from '../../src/domain/hashtags'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { products } from '../db/schema'
import { defineOperation } from '../operation'
import { decodeCursor, pageOf } from './cursor'
import { toProducts } from './product-view'

export const listProductsInput = z
  .object({
    storeId: idSchema.optional(),
    hashtag: z.string().max(64).optional(),
    cursor: cursorSchema,
    limit: limitSchema,
  })
  .strict()

/** On-sale products, newest first; of one store or, without storeId, of all stores. */
export const listProducts = defineOperation({
  input: listProductsInput,
  access: 'public',
  async run(ctx, input): Promise<Page<Product>> {
    const after = decodeCursor(input.cursor)
    const where: SQL[] = [eq(products.status, 'on_sale')]
    if (input.storeId) where.push(eq(products.storeId, input.storeId))
    if (input.hashtag !== undefined) {
      const tag = normalizeHashtag(input.hashtag)
      if (!tag) throw new AppError('VALIDATION_FAILED', '话题无效')
      where.push(arrayContains(products.hashtags, [tag]))
    }
    if (after !== null) where.push(lt(products.seq, after))
    const rows = await ctx.db
      .select()
      .from(products)
      .where(and(...where))
      .orderBy(desc(products.seq))
      .limit(input.limit + 1)
    const page = pageOf(rows, input.limit)
    return { items: await toProducts(ctx.db, page.rows), nextCursor: page.nextCursor }
  },
})
