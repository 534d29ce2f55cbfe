// The caller's own order, still waiting for payment and not past its deadline: what both
// order.pay and payment.simulate start from (WeChat's payment sheet refuses the rest too).
import { and, eq } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import { stateRefusal } from '../../src/domain/order-state'
import type { Ctx } from '../context'
import { orders } from '../db/schema'

export async function payableOrder(ctx: Ctx, orderId: string, buyer: string): Promise<typeof orders.$inferSelect> {
  const [order] = await ctx.db
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.buyerOpenid, buyer)))
    .limit(1)
  if (!order) throw new AppError('NOT_FOUND', '订单不存在')
  if (order.status !== 'pending_payment') throw new AppError('ORDER_STATE', stateRefusal(order.status, 'pay'), { status: order.status })
  if (order.expiresAt.getTime() <= ctx.now().getTime()) {
    throw new AppError('ORDER_STATE', '订单已超时，请重新下单', { status: order.status, expiresAt: order.expiresAt.toISOString() })
  }
  return order
}
