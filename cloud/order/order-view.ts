// Turns order rows into the wire's Order: lines and store names with one query each for a
// whole page, never one per order.
import { asc, eq, inArray } from 'drizzle-orm'
import type { Entry } from '../../src/domain/entry'
import type { Order } from '../../src/domain/order-types'
import type { RefundStatus } from '../../src/domain/refund-status'
import type { Db, Tx } from '../db/client'
import { orderItems, orders, refunds, stores, type AddressSnapshot } from '../db/schema'
import { riskyImages } from '../media/risky-images'

export type OrderRow = typeof orders.$inferSelect

const iso = (date: Date | null) => (date ? date.toISOString() : null)

export async function toOrders(db: Db | Tx, rows: readonly OrderRow[]): Promise<Order[]> {
  if (rows.length === 0) return []
  const ids = rows.map((row) => row.id)
  const storeIds = [...new Set(rows.map((row) => row.storeId))]
  const [itemRows, storeRows, refundRows] = await Promise.all([
    db.select().from(orderItems).where(inArray(orderItems.orderId, ids)).orderBy(asc(orderItems.orderId), asc(orderItems.skuId)),
    db.select({ id: stores.id, name: stores.name }).from(stores).where(inArray(stores.id, storeIds)),
    db.select({ orderId: refunds.orderId, status: refunds.status }).from(refunds).where(inArray(refunds.orderId, ids)),
  ])
  // A line's image was the product's when ordered; a verdict that came later still hides it.
  const risky = await riskyImages(db, itemRows.map((item) => item.image))
  const storeNames = new Map(storeRows.map((store) => [store.id, store.name]))
  const refundStates = new Map(refundRows.map((refund) => [refund.orderId, refund.status]))
  const itemsByOrder = new Map<string, Order['items']>()
  for (const item of itemRows) {
    const list = itemsByOrder.get(item.orderId) ?? []
    list.push({
      skuId: item.skuId,
      productId: item.productId,
      title: item.title,
      image: risky.has(item.image) ? '' : item.image,
      specs: item.specs,
      price: item.price,
      quantity: item.quantity,
    })
    itemsByOrder.set(item.orderId, list)
  }
  return rows.map((row) => orderView(row, itemsByOrder.get(row.id) ?? [], storeNames.get(row.storeId) ?? '', refundStates.get(row.id)))
}

/** The wire Order of a row; lines in SKU id order, so every path answers the same order. */
export function orderView(row: OrderRow, items: Order['items'], storeName: string, refund: RefundStatus = 'none'): Order {
  return {
    id: row.id,
    orderNo: row.orderNo,
    storeId: row.storeId,
    storeName,
    status: row.status,
    items: [...items].sort((a, b) => (a.skuId < b.skuId ? -1 : a.skuId > b.skuId ? 1 : 0)),
    itemsTotal: row.itemsTotal,
    deliveryFee: row.deliveryFee,
    discount: row.discount,
    total: row.total,
    userCouponId: row.userCouponId,
    delivery: row.delivery,
    address: row.address ? canonicalAddress(row.address) : null,
    note: row.note,
    entry: row.entry ? canonicalEntry(row.entry) : null,
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
    refundStatus: refund,
  }
}

/**
 * jsonb stores object keys in its own order: fix the order, so an answer built from what was
 * just written and one read back later are the same JSON.
 */
function canonicalAddress(address: AddressSnapshot): AddressSnapshot {
  const { userName, telNumber, provinceName, cityName, countyName, detailInfo, postalCode } = address
  const ordered: AddressSnapshot = { userName, telNumber, provinceName, cityName, countyName, detailInfo }
  if (postalCode !== undefined) ordered.postalCode = postalCode
  return ordered
}

function canonicalEntry(entry: Entry): Entry {
  return Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as unknown as Entry
}

export async function toOrder(db: Db | Tx, row: OrderRow): Promise<Order> {
  const [order] = await toOrders(db, [row])
  return order
}

export async function loadOrder(db: Db | Tx, orderId: string): Promise<Order> {
  const [row] = await db.select().from(orders).where(eq(orders.id, orderId)).limit(1)
  return toOrder(db, row)
}
