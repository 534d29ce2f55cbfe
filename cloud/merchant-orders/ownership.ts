// A merchant acts only on their own store's orders: an unknown order is NOT_FOUND, another
// store's is FORBIDDEN (DESIGN.md section 4), and a member of the store's staff passes when
// their role may run the action (the gate's decision, cloud/merchant/own-store.ts).
import { and, eq } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import type { Ctx } from '../context'
import { orders, stores, storeStaff } from '../db/schema'
import { admit } from '../merchant/own-store'
import { requireOpenid } from '../operation'
import type { OrderRow } from '../order/order-view'

/** The order with its store's owner and the caller's staff role there (null: not staff); NOT_FOUND when absent. */
export async function orderWithCallerRole(ctx: Ctx, orderId: string) {
  const openid = requireOpenid(ctx)
  const [found] = await ctx.db
    .select({ order: orders, owner: stores.ownerOpenid, staffRole: storeStaff.role })
    .from(orders)
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .leftJoin(storeStaff, and(eq(storeStaff.storeId, stores.id), eq(storeStaff.openid, openid)))
    .where(eq(orders.id, orderId))
    .limit(1)
  if (!found) throw new AppError('NOT_FOUND', '订单不存在')
  return { ...found, openid }
}

export async function requireOwnOrder(ctx: Ctx, orderId: string): Promise<OrderRow> {
  const found = await orderWithCallerRole(ctx, orderId)
  admit(ctx, found.openid, found.owner, found.staffRole, '这不是你店铺的订单')
  return found.order
}
