import { eq } from 'drizzle-orm'
import { z } from 'zod'
import type { Product } from '../../src/domain/catalog'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { products, stores } from '../db/schema'
import { riskyImages } from '../media/risky-images'
import { defineOperation } from '../operation'
import { productSold } from './product-sold'
import { toProducts } from './product-view'

/**
 * A product as a shopper sees it; drafts and off-shelf ones exist only for their owner. With
 * its store's card and 已售, so a shopper who came from a share can go on into the store
 * without the page asking twice.
 */
export const getProduct = defineOperation({
  input: z.object({ productId: idSchema }).strict(),
  access: 'public',
  async run(ctx, { productId }): Promise<Product> {
    const [found] = await ctx.db
      .select({ product: products, ownerOpenid: stores.ownerOpenid, storeName: stores.name, storeLogo: stores.logo })
      .from(products)
      .innerJoin(stores, eq(stores.id, products.storeId))
      .where(eq(products.id, productId))
      .limit(1)
    const visible = found && (found.product.status === 'on_sale' || found.ownerOpenid === ctx.identity?.openid)
    if (!visible) throw new AppError('NOT_FOUND', '商品不存在或已下架')
    const [[product], sold, riskyLogo] = await Promise.all([
      toProducts(ctx.db, [found.product], ctx.identity?.openid),
      productSold(ctx.db, productId),
      riskyImages(ctx.db, [found.storeLogo]),
    ])
    const logo = riskyLogo.has(found.storeLogo) ? '' : found.storeLogo
    return { ...product, store: { id: found.product.storeId, name: found.storeName, logo }, sold }
  },
})
