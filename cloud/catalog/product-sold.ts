// 已售 on the product page: units of the product on order lines whose order counts as a sale
// (the rule merchant.stats uses: paid, shipped, completed, refund requested). Counted on each
// read, no cached counter to drift, through the order_items product index.
import { and, eq, inArray, sql } from 'drizzle-orm'
import { SALES_STATUSES } from '../../src/domain/sales-stats'
import type { Db, Tx } from '../db/client'
import { orderItems, orders } from '../db/schema'

export async function productSold(db: Db | Tx, productId: string): Promise<number> {
  const [row] = await db
    .select({ sold: sql<number>`coalesce(sum(${orderItems.quantity}), 0)::bigint`.mapWith(Number) })
    .from(orderItems)
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .where(and(eq(orderItems.productId, productId), inArray(orders.status, [...SALES_STATUSES])))
  return row?.sold ?? 0
}
