// order.pay: opens a payment for an unpaid order of the caller. On WeChat the answer feeds
// Taro.requestPayment; locally the simulated provider's answer feeds payment.simulate. Either
// way the order only becomes paid through payment.notify.
import { and, asc, eq } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import { stateRefusal } from '../../src/domain/order-state'
import type { PayStart } from '../../src/domain/order-types'
import { orderItems, orders } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { orderIdInput } from './order-input'

export const pay = defineOperation({
  input: orderIdInput,
  access: 'user',
  async run(ctx, { orderId }): Promise<PayStart> {
    const buyer = requireOpenid(ctx)
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
    const items = await ctx.db
      .select({ title: orderItems.title, quantity: orderItems.quantity })
      .from(orderItems)
      .where(eq(orderItems.orderId, orderId))
      .orderBy(asc(orderItems.skuId))
    const count = items.reduce((sum, item) => sum + item.quantity, 0)
    const description = items.length > 1 ? `${items[0].title} 等 ${count} 件` : (items[0]?.title ?? '订单')
    const params = await ctx.platform.pay.unifiedOrder({
      orderId,
      amount: order.total,
      description,
      openid: buyer,
      expiresAt: order.expiresAt,
    })
    return { provider: ctx.platform.pay.provider, params }
  },
})
