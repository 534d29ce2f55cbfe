// Turns product rows into the wire's Product: attaches SKUs and the store's brand hashtags
// with one query each for a whole page, never one per product. Images a media check ruled
// risky are left out, except for the store's owner, who sees them flagged.
import { asc, inArray } from 'drizzle-orm'
import type { Product } from '../../src/domain/catalog'
import type { Db, Tx } from '../db/client'
import { products, skus, stores } from '../db/schema'
import { riskyImages, splitImages } from '../media/risky-images'

// The search tokens are the database's own: no read needs them.
export type ProductRow = Omit<typeof products.$inferSelect, 'searchTokens'>

/** `viewerOpenid`: who is looking, so that the owner sees the images hidden from others. */
export async function toProducts(db: Db | Tx, rows: readonly ProductRow[], viewerOpenid?: string | null): Promise<Product[]> {
  if (rows.length === 0) return []
  const productIds = rows.map((row) => row.id)
  const storeIds = [...new Set(rows.map((row) => row.storeId))]
  const [skuRows, storeRows, risky] = await Promise.all([
    db.select().from(skus).where(inArray(skus.productId, productIds)).orderBy(asc(skus.productId), asc(skus.position)),
    db.select({ id: stores.id, hashtags: stores.hashtags, ownerOpenid: stores.ownerOpenid }).from(stores).where(inArray(stores.id, storeIds)),
    riskyImages(db, rows.flatMap((row) => row.images)),
  ])
  const brandHashtags = new Map(storeRows.map((store) => [store.id, store.hashtags]))
  const owners = new Map(storeRows.map((store) => [store.id, store.ownerOpenid]))
  const skusByProduct = new Map<string, Product['skus']>()
  for (const sku of skuRows) {
    const list = skusByProduct.get(sku.productId) ?? []
    list.push({ id: sku.id, specs: sku.specs, price: sku.price, stock: sku.stock })
    skusByProduct.set(sku.productId, list)
  }
  return rows.map((row) => ({
    id: row.id,
    storeId: row.storeId,
    title: row.title,
    description: row.description,
    ...splitImages(row.images, risky, !!viewerOpenid && owners.get(row.storeId) === viewerOpenid),
    hashtags: row.hashtags,
    brandHashtags: brandHashtags.get(row.storeId) ?? [],
    status: row.status,
    skus: skusByProduct.get(row.id) ?? [],
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }))
}
