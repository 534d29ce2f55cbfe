import { and, eq, ne, or, sql } from 'drizzle-orm'
import { z } from 'zod'
import { PRODUCT_STATUSES, type Product, type ProductStatus } from '../../src/domain/catalog'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { toProducts } from '../catalog/product-view'
import { products } from '../db/schema'
import { defineOperation } from '../operation'
import { requireOwnStore } from './own-store'
import { WRITES } from '../limits/rate-limit'

/**
 * 上架 / 下架 / back to draft. Going on sale needs a photo, checked in the same update. It is a
 * save of the product like any other: it takes a new version, so an editor still showing the
 * old status cannot silently put it back.
 */
export const setProductStatus = defineOperation({
  input: z
    .object({
      storeId: idSchema,
      productId: idSchema,
      status: z.enum(PRODUCT_STATUSES as [ProductStatus, ...ProductStatus[]], { errorMap: () => ({ message: '状态应为草稿、在售或已下架' }) }),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, productId, status }): Promise<Product> {
    await requireOwnStore(ctx, storeId)
    const [row] = await ctx.db
      .update(products)
      .set({ status, version: sql`${products.version} + 1`, updatedAt: sql`now()` })
      .where(
        and(
          eq(products.id, productId),
          eq(products.storeId, storeId),
          or(ne(sql`${status}`, 'on_sale'), sql`cardinality(${products.images}) > 0`),
        ),
      )
      .returning()
    if (!row) {
      const [found] = await ctx.db
        .select({ id: products.id })
        .from(products)
        .where(and(eq(products.id, productId), eq(products.storeId, storeId)))
      if (!found) throw new AppError('NOT_FOUND', '商品不存在')
      throw new AppError('VALIDATION_FAILED', '上架商品至少需要 1 张图片', {
        issues: [{ path: 'images', message: '上架商品至少需要 1 张图片' }],
      })
    }
    const [product] = await toProducts(ctx.db, [row], ctx.identity?.openid)
    return product
  },
})
