// Turns product rows into the wire's Product: its SKUs in order, the store's brand hashtags, and
// without the images a media check ruled risky (except for the store's owner, who sees them
// flagged). What a row lacks is read in the same statement that reads the rows
// (`productViewColumns`), or, for rows read elsewhere, in one statement for a whole page: never
// one per product, and never one per kind of thing attached.
import { inArray, sql } from 'drizzle-orm'
import type { Product } from '../../src/domain/catalog'
import type { Db, Tx } from '../db/client'
import { products } from '../db/schema'
import { splitImages } from '../media/risky-images'

// The search tokens are the database's own: no read needs them.
export type ProductRow = Omit<typeof products.$inferSelect, 'searchTokens'>

/** What a product row needs besides itself to become a Product. */
export interface ProductViewExtras {
  skuList: Product['skus']
  /** The store's brand hashtags and owner; null only if the store is gone. */
  store: { hashtags: string[]; ownerOpenid: string } | null
  riskyImages: string[]
}

/**
 * Columns to add to any select from `products` that make each row a Product without another
 * round trip: correlated subqueries, each an index lookup (skus by product and position, the
 * store by id, media checks by image). Written out rather than through drizzle's column
 * objects: inside a select drizzle leaves columns unqualified, and an unqualified "id" in the
 * SKU subquery would be the SKU's own.
 */
export const productViewColumns = {
  skuList: sql<Product['skus']>`coalesce((
    select json_agg(json_build_object('id', k.id, 'specs', k.specs, 'price', k.price, 'stock', k.stock) order by k.position)
    from skus k where k.product_id = "products"."id"), '[]'::json)`,
  store: sql<{ hashtags: string[]; ownerOpenid: string } | null>`(
    select json_build_object('hashtags', s.hashtags, 'ownerOpenid', s.owner_openid) from stores s where s.id = "products"."store_id")`,
  riskyImages: sql<string[]>`array(
    select distinct m.image from media_checks m where m.image = any("products"."images") and m.suggest = 'risky')`,
}

/** One product as the wire carries it, from a row read with `productViewColumns`. */
export function toProduct(row: ProductRow & ProductViewExtras, viewerOpenid?: string | null): Product {
  return {
    id: row.id,
    storeId: row.storeId,
    title: row.title,
    description: row.description,
    ...splitImages(row.images, new Set(row.riskyImages), !!viewerOpenid && row.store?.ownerOpenid === viewerOpenid),
    hashtags: row.hashtags,
    brandHashtags: row.store?.hashtags ?? [],
    status: row.status,
    skus: row.skuList,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

/**
 * Products for rows read without the view's columns, with one statement for the whole page.
 * `viewerOpenid`: who is looking, so that the owner sees the images hidden from others.
 */
export async function toProducts(db: Db | Tx, rows: readonly ProductRow[], viewerOpenid?: string | null): Promise<Product[]> {
  if (rows.length === 0) return []
  const extras = await db
    .select({ id: products.id, ...productViewColumns })
    .from(products)
    .where(inArray(products.id, rows.map((row) => row.id)))
  const byId = new Map(extras.map((extra) => [extra.id, extra]))
  return rows.map((row) => {
    const extra = byId.get(row.id)
    return toProduct({ ...row, skuList: [], store: null, riskyImages: [], ...extra, id: row.id }, viewerOpenid)
  })
}
