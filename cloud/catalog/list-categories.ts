import { and, asc, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { CategorySummary } from '../../src/domain/categories'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { categories, productCategories, products, stores } from '../db/schema'
import { defineOperation } from '../operation'

/** The store's categories in the merchant's order, each with how many of its products are on sale. */
export const listCategories = defineOperation({
  input: z.object({ storeId: idSchema }).strict(),
  access: 'public',
  async run(ctx, { storeId }): Promise<{ items: CategorySummary[] }> {
    const [store] = await ctx.db.select({ id: stores.id }).from(stores).where(eq(stores.id, storeId)).limit(1)
    if (!store) throw new AppError('NOT_FOUND', '店铺不存在')
    const rows = await ctx.db
      .select({
        id: categories.id,
        name: categories.name,
        productCount: sql<number>`count(${products.id})::int`,
      })
      .from(categories)
      .leftJoin(productCategories, eq(productCategories.categoryId, categories.id))
      .leftJoin(products, and(eq(products.id, productCategories.productId), eq(products.status, 'on_sale')))
      .where(eq(categories.storeId, storeId))
      .groupBy(categories.id, categories.name, categories.position)
      .orderBy(asc(categories.position))
    return { items: rows }
  },
})
