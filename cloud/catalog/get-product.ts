import { eq } from 'drizzle-orm'
import { z } from 'zod'
import type { Product } from '../../src/domain/catalog'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { products, stores } from '../db/schema'
import { defineOperation } from '../operation'
import { toProducts } from './product-view'

/** A product as a shopper sees it; drafts and off-shelf ones exist only for their owner. */
export const getProduct = defineOperation({
  input: z.object({ productId: idSchema }).strict(),
  access: 'public',
  async run(ctx, { productId }): Promise<Product> {
    const [found] = await ctx.db
      .select({ product: products, ownerOpenid: stores.ownerOpenid })
      .from(products)
      .innerJoin(stores, eq(stores.id, products.storeId))
      .where(eq(products.id, productId))
      .limit(1)
    const visible = found && (found.product.status === 'on_sale' || found.ownerOpenid === ctx.identity?.openid)
    if (!visible) throw new AppError('NOT_FOUND', '商品不存在或已下架')
    const [product] = await toProducts(ctx.db, [found.product], ctx.identity?.openid)
    return product
  },
})
