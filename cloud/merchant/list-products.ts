import { and, count, desc, eq, lt, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import { PRODUCT_STATUSES, type ProductStatus } from '../../src/domain/catalog'
import type { MerchantProductPage } from '../../src/domain/merchant-console'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { decodeCursor, pageOf } from '../catalog/cursor'
import { toProducts } from '../catalog/product-view'
import { products } from '../db/schema'
import { defineOperation } from '../operation'
import { requireOwnStore } from './own-store'

/** The store's products in every status (or one), newest first. */
export const listProducts = defineOperation({
  input: z
    .object({
      storeId: idSchema,
      status: z.enum(PRODUCT_STATUSES as [ProductStatus, ...ProductStatus[]]).optional(),
      cursor: cursorSchema,
      limit: limitSchema,
    })
    .strict(),
  access: 'user',
  async run(ctx, input): Promise<MerchantProductPage> {
    await requireOwnStore(ctx, input.storeId)
    const after = decodeCursor(input.cursor)
    const where: SQL[] = [eq(products.storeId, input.storeId)]
    if (input.status) where.push(eq(products.status, input.status))
    if (after !== null) where.push(lt(products.seq, after))
    const [rows, tallies] = await Promise.all([
      ctx.db.select().from(products).where(and(...where)).orderBy(desc(products.seq)).limit(input.limit + 1),
      ctx.db.select({ status: products.status, n: count() }).from(products).where(eq(products.storeId, input.storeId)).groupBy(products.status),
    ])
    const page = pageOf(rows, input.limit)
    const counts: Record<ProductStatus, number> = { draft: 0, on_sale: 0, off_shelf: 0 }
    for (const tally of tallies) counts[tally.status] = tally.n
    return { items: await toProducts(ctx.db, page.rows, ctx.identity?.openid), nextCursor: page.nextCursor, counts }
  },
})
