// order.cancel: the buyer cancels an unpaid order; its stock goes back on sale once.
import type { Order } from '../../src/domain/order-types'
import { defineOperation, requireOpenid } from '../operation'
import { orderIdInput } from './order-input'
import { toOrder } from './order-view'
import { applyTransition } from './transition'
import { WRITES } from '../limits/rate-limit'

export const cancel = defineOperation({
  input: orderIdInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { orderId }): Promise<Order> {
    const buyer = requireOpenid(ctx)
    const now = ctx.now()
    const row = await ctx.db.transaction((tx) =>
      applyTransition(tx, 'cancel', { orderId, buyerOpenid: buyer }, { cancelledAt: now, cancelReason: '买家取消' }, now),
    )
    return toOrder(ctx.db, row)
  },
})
