// Applies one row of the order state machine (src/domain/order-state.ts) as a guarded
// conditional update: `update … where id = ? and status in (from)`. Two racing transitions
// cannot both win, and one that does not apply is ORDER_STATE, never an overwrite. A
// transition that releases stock does it in the same statement's transaction, so exactly once.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import { ORDER_TRANSITIONS, stateRefusal, type OrderEvent } from '../../src/domain/order-state'
import type { Db, Tx } from '../db/client'
import { orderItems, orders, skus } from '../db/schema'
import type { OrderRow } from './order-view'
import { releaseCoupon } from '../coupon/order-coupon'

export interface OrderScope {
  orderId: string
  /** Only this buyer's order: another's is NOT_FOUND, as if it did not exist. */
  buyerOpenid?: string
}

type OrderChanges = Partial<Omit<typeof orders.$inferInsert, 'id' | 'status' | 'seq'>>

/** Must run inside the transaction that owns the other changes (stock, payment, outbox). */
export async function applyTransition(tx: Db | Tx, event: OrderEvent, scope: OrderScope, changes: OrderChanges, now: Date): Promise<OrderRow> {
  const transition = ORDER_TRANSITIONS[event]
  const status: SQL | string =
    transition.to === 'refund_from' ? sql`coalesce(${orders.refundFrom}, 'paid')` : transition.to
  const [row] = await tx
    .update(orders)
    .set({ ...changes, status: status as OrderRow['status'], updatedAt: now })
    .where(and(whereScope(scope), inArray(orders.status, [...transition.from])))
    .returning()
  if (row) {
    if (transition.releasesStock) await releaseStock(tx, row.id)
    // An unpaid order that ends gives its coupon back (a refund does not: the coupon was spent).
    if (row.userCouponId && transition.from.length === 1 && transition.from[0] === 'pending_payment' && transition.to === 'cancelled') {
      await releaseCoupon(tx, row.userCouponId, row.id)
    }
    return row
  }
  const [current] = await tx.select({ status: orders.status }).from(orders).where(whereScope(scope)).limit(1)
  if (!current) throw new AppError('NOT_FOUND', '订单不存在')
  throw new AppError('ORDER_STATE', stateRefusal(current.status, event), { status: current.status })
}

function whereScope(scope: OrderScope): SQL {
  const byId = eq(orders.id, scope.orderId)
  return scope.buyerOpenid === undefined ? byId : and(byId, eq(orders.buyerOpenid, scope.buyerOpenid))!
}

/** Puts an order's units back on sale. Locks SKUs in id order, like order.create. */
export async function releaseStock(tx: Db | Tx, orderId: string): Promise<void> {
  const held = tx.select({ skuId: orderItems.skuId }).from(orderItems).where(eq(orderItems.orderId, orderId))
  await tx.select({ id: skus.id }).from(skus).where(inArray(skus.id, held)).orderBy(asc(skus.id)).for('update')
  await tx.execute(sql`
    update ${skus} set stock = ${skus.stock} + ${orderItems.quantity}
    from ${orderItems}
    where ${orderItems.orderId} = ${orderId} and ${skus.id} = ${orderItems.skuId}`)
}
