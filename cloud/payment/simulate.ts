// payment.simulate (local only): the buyer "pays" and the very same payment.notify handler the
// WeChat callback reaches records it. Refused in production, and to anyone but the buyer.
import { and, eq } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import { stateRefusal } from '../../src/domain/order-state'
import type { Order } from '../../src/domain/order-types'
import { orders } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { orderIdInput } from '../order/order-input'
import { loadOrder } from '../order/order-view'
import { notify } from './notify'

export const simulate = defineOperation({
  input: orderIdInput,
  access: 'user',
  async run(ctx, { orderId }): Promise<Order> {
    if (ctx.production) throw new AppError('FORBIDDEN', '模拟支付只在本地开发环境可用')
    const buyer = requireOpenid(ctx)
    const [order] = await ctx.db
      .select()
      .from(orders)
      .where(and(eq(orders.id, orderId), eq(orders.buyerOpenid, buyer)))
      .limit(1)
    if (!order) throw new AppError('NOT_FOUND', '订单不存在')
    // What WeChat would refuse at the payment sheet, the simulation refuses too.
    if (order.status !== 'pending_payment') throw new AppError('ORDER_STATE', stateRefusal(order.status, 'pay'), { status: order.status })
    if (order.expiresAt.getTime() <= ctx.now().getTime()) throw new AppError('ORDER_STATE', '订单已超时，请重新下单')

    const event = notify.input.parse({
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      outTradeNo: order.id,
      // One transaction per order: simulating twice is the same payment arriving twice.
      transactionId: `sim_${order.id}`,
      totalFee: order.total,
      subOpenid: buyer,
      tradeType: 'JSAPI',
      timeEnd: ctx.now().toISOString(),
    })
    await notify.run({ ...ctx, caller: 'platform', identity: null }, event)
    return loadOrder(ctx.db, order.id)
  },
})
