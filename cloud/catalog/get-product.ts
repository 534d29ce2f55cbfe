import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import type { Product } from '../../src/domain/catalog'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { roleMay } from '../../src/domain/staff-roles'
import { products, stores, storeStaff } from '../db/schema'
import { riskyImages } from '../media/risky-images'
import { defineOperation } from '../operation'
import { productSold } from './product-sold'
import { toProducts } from './product-view'

/**
 * A product as a shopper sees it; drafts and off-shelf ones exist only for the store's people
 * who edit products (its owner, a manager), for the console's product form. With its store's
 * card and 已售, so a shopper who came from a share can go on into the store without the page
 * asking twice.
 */
export const getProduct = defineOperation({
  input: z.object({ productId: idSchema }).strict(),
  access: 'public',
  async run(ctx, { productId }): Promise<Product> {
    const openid = ctx.identity?.openid ?? null
    const [found] = await ctx.db
      .select({ product: products, ownerOpenid: stores.ownerOpenid, staffRole: storeStaff.role, storeName: stores.name, storeLogo: stores.logo })
      .from(products)
      .innerJoin(stores, eq(stores.id, products.storeId))
      .leftJoin(storeStaff, and(eq(storeStaff.storeId, stores.id), eq(storeStaff.openid, openid ?? '')))
      .where(eq(products.id, productId))
      .limit(1)
    const editor = openid !== null && found && (found.ownerOpenid === openid || (found.staffRole !== null && roleMay(found.staffRole, 'merchant.saveProduct')))
    const visible = found && (found.product.status === 'on_sale' || editor)
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
