// Turns order rows into the wire's Order: lines and store names with one query each for a
// whole page, never one per order.
import { asc, eq, inArray } from 'drizzle-orm'
import type { Order } from '../../src/domain/order-types'
import type { Db, Tx } from '../db/client'
import { orderItems, orders, stores } from '../db/schema'

export type OrderRow = typeof orders.$inferSelect

const iso = (date: Date | null) => (date ? date.toISOString() : null)

export async function toOrders(db: Db | Tx, rows: readonly OrderRow[]): Promise<Order[]> {
  if (rows.length === 0) return []
  const ids = rows.map((row) => row.id)
  const storeIds = [...new Set(rows.map((row) => row.storeId))]
  const [itemRows, storeRows] = await Promise.all([
    db.select().from(orderItems).where(inArray(orderItems.orderId, ids)).orderBy(asc(orderItems.orderId)),
    db.select({ id: stores.id, name: stores.name }).from(stores).where(inArray(stores.id, storeIds)),
  ])
  const storeNames = new Map(storeRows.map((store) => [store.id, store.name]))
  const itemsByOrder = new Map<string, Order['items']>()
  for (const item of itemRows) {
    const list = itemsByOrder.get(item.orderId) ?? []
    list.push({
      skuId: item.skuId,
      productId: item.productId,
      title: item.title,
      image: item.image,
      specs: item.specs,
      price: item.price,
      quantity: item.quantity,
    })
    itemsByOrder.set(item.orderId, list)
  }
  return rows.map((row) => ({
    id: row.id,
    storeId: row.storeId,
    storeName: storeNames.get(row.storeId) ?? '',
    status: row.status,
    items: itemsByOrder.get(row.id) ?? [],
    itemsTotal: row.itemsTotal,
    deliveryFee: row.deliveryFee,
    total: row.total,
    delivery: row.delivery,
    address: row.address ?? null,
    note: row.note,
    entry: row.entry ?? null,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    paidAt: iso(row.paidAt),
    shippedAt: iso(row.shippedAt),
    completedAt: iso(row.completedAt),
    cancelledAt: iso(row.cancelledAt),
    cancelReason: row.cancelReason,
    refundReason: row.refundReason,
    refundRequestedAt: iso(row.refundRequestedAt),
    refundedAt: iso(row.refundedAt),
    refundDecisionReason: row.refundDecisionReason,
    carrier: row.carrier,
    trackingNo: row.trackingNo,
    refundDue: row.refundDue,
  }))
}

export async function toOrder(db: Db | Tx, row: OrderRow): Promise<Order> {
  const [order] = await toOrders(db, [row])
  return order
}

export async function loadOrder(db: Db | Tx, orderId: string): Promise<Order> {
  const [row] = await db.select().from(orders).where(eq(orders.id, orderId)).limit(1)
  return toOrder(db, row)
}
