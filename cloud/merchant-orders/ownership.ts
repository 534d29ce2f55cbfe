// A merchant acts only on their own store's orders: an unknown order is NOT_FOUND, another
// merchant's is FORBIDDEN (DESIGN.md section 4). Stores: cloud/merchant/own-store.ts.
import { eq } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import type { Db, Tx } from '../db/client'
import { orders, stores } from '../db/schema'
import type { OrderRow } from '../order/order-view'

export async function requireOwnOrder(db: Db | Tx, orderId: string, openid: string): Promise<OrderRow> {
  const [found] = await db
    .select({ order: orders, owner: stores.ownerOpenid })
    .from(orders)
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .where(eq(orders.id, orderId))
    .limit(1)
  if (!found) throw new AppError('NOT_FOUND', '订单不存在')
  if (found.owner !== openid) throw new AppError('FORBIDDEN', '这不是你店铺的订单')
  return found.order
}
