// order.confirmReceipt: the buyer says the parcel arrived; the order is completed.
import type { Order } from '../../src/domain/order-types'
import { defineOperation, requireOpenid } from '../operation'
import { orderIdInput } from './order-input'
import { toOrder } from './order-view'
import { applyTransition } from './transition'
import { WRITES } from '../limits/rate-limit'

export const confirmReceipt = defineOperation({
  input: orderIdInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { orderId }): Promise<Order> {
    const buyer = requireOpenid(ctx)
    const now = ctx.now()
    const row = await applyTransition(ctx.db, 'confirmReceipt', { orderId, buyerOpenid: buyer }, { completedAt: now }, now)
    return toOrder(ctx.db, row)
  },
})
