// order.get: one of the caller's orders. Another buyer's order is NOT_FOUND.
import { and, eq } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import type { Order } from '../../src/domain/order-types'
import { orders } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { orderIdInput } from './order-input'
import { toOrder } from './order-view'

export const get = defineOperation({
  input: orderIdInput,
  access: 'user',
  async run(ctx, { orderId }): Promise<Order> {
    const buyer = requireOpenid(ctx)
    const [row] = await ctx.db
      .select()
      .from(orders)
      .where(and(eq(orders.id, orderId), eq(orders.buyerOpenid, buyer)))
      .limit(1)
    if (!row) throw new AppError('NOT_FOUND', '订单不存在')
    return toOrder(ctx.db, row)
  },
})
