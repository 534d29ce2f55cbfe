// Rows the merchant suites start from: stores with products, orders in given states (as the
// order feature would leave them), visits and comments, inserted directly.
import type { Entry } from '../../src/domain/entry'
import type { Database } from '../../cloud/db/client'
import { newId } from '../../cloud/db/ids'
import { comments, orderItems, orders, products, skus, stores, visits } from '../../cloud/db/schema'

type OrderStatus = (typeof orders.$inferInsert)['status']

export async function insertStore(database: Database, ownerOpenid: string, name = '测试小店'): Promise<string> {
  const id = newId()
  await database.db.insert(stores).values({ id, ownerOpenid, name, hashtags: ['小店'] })
  return id
}

export async function insertProduct(
  database: Database,
  storeId: string,
  options: { title?: string; status?: 'draft' | 'on_sale' | 'off_shelf'; price?: number; stock?: number } = {},
): Promise<{ productId: string; skuId: string }> {
  const productId = newId()
  const skuId = newId()
  await database.db.insert(products).values({
    id: productId,
    storeId,
    title: options.title ?? '测试商品',
    images: ['/files/demo/mug-1.svg'],
    status: options.status ?? 'on_sale',
  })
  await database.db.insert(skus).values({ id: skuId, productId, specs: { 颜色: '白' }, price: options.price ?? 1000, stock: options.stock ?? 10 })
  return { productId, skuId }
}

export async function insertOrder(
  database: Database,
  options: {
    storeId: string
    buyer: string
    status: OrderStatus
    lines: Array<{ productId: string; skuId: string; price: number; quantity: number }>
    deliveryFee?: number
    entry?: Entry | null
    createdAt?: Date
    paidAt?: Date | null
  },
): Promise<{ orderId: string; total: number }> {
  const orderId = newId()
  const itemsTotal = options.lines.reduce((sum, line) => sum + line.price * line.quantity, 0)
  const deliveryFee = options.deliveryFee ?? 0
  const createdAt = options.createdAt ?? new Date()
  const unpaid = options.status === 'pending_payment' || options.status === 'cancelled'
  await database.db.insert(orders).values({
    id: orderId,
    buyerOpenid: options.buyer,
    storeId: options.storeId,
    status: options.status,
    itemsTotal,
    deliveryFee,
    total: itemsTotal + deliveryFee,
    delivery: 'express',
    entry: options.entry ?? null,
    expiresAt: new Date(createdAt.getTime() + 30 * 60_000),
    createdAt,
    paidAt: options.paidAt !== undefined ? options.paidAt : unpaid ? null : createdAt,
  })
  await database.db.insert(orderItems).values(
    options.lines.map((line) => ({ orderId, skuId: line.skuId, productId: line.productId, title: '测试商品', price: line.price, quantity: line.quantity })),
  )
  return { orderId, total: itemsTotal + deliveryFee }
}

export async function insertVisit(
  database: Database,
  options: { storeId: string; openid: string; source: Entry['source']; campaign?: string; createdAt?: Date },
): Promise<void> {
  const entry: Entry = { source: options.source, storeId: options.storeId, ...(options.campaign ? { campaign: options.campaign } : {}) }
  await database.db.insert(visits).values({
    id: newId(),
    openid: options.openid,
    launchId: newId(16),
    source: options.source,
    storeId: options.storeId,
    campaign: options.campaign ?? null,
    entry,
    createdAt: options.createdAt ?? new Date(),
  })
}

export async function insertComment(
  database: Database,
  options: { storeId: string; kind: 'review' | 'live' | 'post'; targetId: string; author: string; text?: string; status?: 'visible' | 'held' },
): Promise<string> {
  const id = newId()
  await database.db.insert(comments).values({
    id,
    kind: options.kind,
    storeId: options.storeId,
    targetId: options.targetId,
    authorOpenid: options.author,
    rating: options.kind === 'review' ? 4 : null,
    text: options.text ?? '不错',
    status: options.status ?? 'visible',
  })
  return id
}
