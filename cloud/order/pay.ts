// order.pay: opens a payment for an unpaid order of the caller. On WeChat the answer feeds
// Taro.requestPayment; locally the simulated provider's answer feeds payment.simulate. Either
// way the order only becomes paid through payment.notify.
import { asc, eq } from 'drizzle-orm'
import type { PayStart } from '../../src/domain/order-types'
import { orderItems } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { orderIdInput } from './order-input'
import { payableOrder } from './payable-order'
import { WRITES } from '../limits/rate-limit'

export const pay = defineOperation({
  input: orderIdInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { orderId }): Promise<PayStart> {
    const buyer = requireOpenid(ctx)
    const order = await payableOrder(ctx, orderId, buyer)
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
