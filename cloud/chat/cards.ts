// Product and order cards are built here from ids, never taken from the client: a card shows
// what the database says, and only what its reader may see.
import { and, asc, eq, min } from 'drizzle-orm'
import type { ChatOrderCard, ChatProductCard } from '../../src/domain/chat'
import { AppError } from '../../src/domain/errors'
import type { Db, Tx } from '../db/client'
import { orderItems, orders, products, skus } from '../db/schema'
import { firstVisibleImage, riskyImages } from '../media/risky-images'

/** An on-sale product of `storeId`; anything else (another store's, a draft) is NOT_FOUND. */
export async function productCard(db: Db | Tx, storeId: string, productId: string): Promise<ChatProductCard> {
  const [row] = await db
    .select({ id: products.id, title: products.title, images: products.images, price: min(skus.price) })
    .from(products)
    .leftJoin(skus, eq(skus.productId, products.id))
    .where(and(eq(products.id, productId), eq(products.storeId, storeId), eq(products.status, 'on_sale')))
    .groupBy(products.id)
  if (!row) throw new AppError('NOT_FOUND', '这家店没有这件商品')
  const risky = await riskyImages(db, row.images)
  return { id: row.id, title: row.title, image: firstVisibleImage(row.images, risky), price: Number(row.price ?? 0) }
}

/**
 * An order of `shopperOpenid` in `storeId`. Another shopper's order, or one in another store,
 * is NOT_FOUND whoever asks: a conversation never shows an order that is not its shopper's.
 */
export async function orderCard(db: Db | Tx, storeId: string, shopperOpenid: string, orderId: string): Promise<ChatOrderCard> {
  const [row] = await db
    .select({ id: orders.id, status: orders.status, total: orders.total, createdAt: orders.createdAt })
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.storeId, storeId), eq(orders.buyerOpenid, shopperOpenid)))
  if (!row) throw new AppError('NOT_FOUND', '订单不存在')
  const lines = await db
    .select({ title: orderItems.title, image: orderItems.image, quantity: orderItems.quantity })
    .from(orderItems)
    .where(eq(orderItems.orderId, row.id))
    .orderBy(asc(orderItems.skuId))
  const risky = await riskyImages(db, lines.map((line) => line.image))
  const first = lines[0]
  return {
    id: row.id,
    status: row.status,
    total: row.total,
    title: first ? (lines.length > 1 ? `${first.title} 等 ${lines.length} 件商品` : first.title) : '',
    image: first && !risky.has(first.image) ? first.image : '',
    quantity: lines.reduce((sum, line) => sum + line.quantity, 0),
    createdAt: row.createdAt.toISOString(),
  }
}

