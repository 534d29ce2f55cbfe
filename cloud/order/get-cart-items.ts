// order.getCartItems: fresh catalog data for the SKUs in a cart, in one call: price, stock,
// and whether each can still be bought. SKUs that no longer exist are simply not answered.
import { eq, inArray } from 'drizzle-orm'
import { z } from 'zod'
import type { CartItemInfo } from '../../src/domain/order-types'
import { idSchema } from '../../src/domain/validation'
import { products, skus, stores } from '../db/schema'
import { firstVisibleImage, riskyImages } from '../media/risky-images'
import { defineOperation } from '../operation'

export const MAX_CART_SKUS = 100

export const getCartItems = defineOperation({
  input: z.object({ skuIds: z.array(idSchema).min(1).max(MAX_CART_SKUS) }).strict(),
  access: 'public',
  async run(ctx, { skuIds }): Promise<{ items: CartItemInfo[] }> {
    const rows = await ctx.db
      .select({
        skuId: skus.id,
        price: skus.price,
        stock: skus.stock,
        specs: skus.specs,
        productId: products.id,
        storeId: products.storeId,
        status: products.status,
        title: products.title,
        images: products.images,
        storeName: stores.name,
      })
      .from(skus)
      .innerJoin(products, eq(products.id, skus.productId))
      .innerJoin(stores, eq(stores.id, products.storeId))
      .where(inArray(skus.id, [...new Set(skuIds)]))
    const risky = await riskyImages(ctx.db, rows.flatMap((row) => (row.status === 'on_sale' ? row.images : [])))
    return {
      items: rows.map((row) =>
        row.status === 'on_sale'
          ? {
              skuId: row.skuId,
              productId: row.productId,
              storeId: row.storeId,
              storeName: row.storeName,
              title: row.title,
              image: firstVisibleImage(row.images, risky),
              specs: row.specs,
              price: row.price,
              stock: row.stock,
              status: 'on_sale',
            }
          : // Drafts and off-shelf products are not shown to shoppers: only say it is gone.
            { skuId: row.skuId, productId: row.productId, storeId: row.storeId, storeName: row.storeName, title: '', image: '', specs: {}, price: 0, stock: 0, status: 'off_sale' },
      ),
    }
  },
})
