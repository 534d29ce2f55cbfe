// payment.simulate (local only): the buyer "pays" and the very same payment.notify handler the
// WeChat callback reaches records it. Refused in production, and to anyone but the buyer.
import { AppError } from '../../src/domain/errors'
import type { Order } from '../../src/domain/order-types'
import { defineOperation, requireOpenid } from '../operation'
import { orderIdInput } from '../order/order-input'
import { payableOrder } from '../order/payable-order'
import { loadOrder } from '../order/order-view'
import { notify } from './notify'
import { WRITES } from '../limits/rate-limit'

export const simulate = defineOperation({
  input: orderIdInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { orderId }): Promise<Order> {
    if (ctx.production) throw new AppError('FORBIDDEN', '模拟支付只在本地开发环境可用')
    const buyer = requireOpenid(ctx)
    // What WeChat would refuse at the payment sheet, the simulation refuses too.
    const order = await payableOrder(ctx, orderId, buyer)

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
