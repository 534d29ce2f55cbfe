// merchant.decideRefund: approve (stock released once, a refund opened and asked of the pay
// adapter; the order answers refundStatus pending until the platform confirms it) or refuse
// (back to paid/shipped, with the merchant's reason) a refund request.
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import type { Order } from '../../src/domain/order-types'
import { idSchema } from '../../src/domain/validation'
import { defineOperation } from '../operation'
import { multilineText } from '../../src/domain/text-schema'
import { REFUND_REFUSAL_MAX } from '../../src/domain/text-limits'
import { loadOrder, toOrder } from '../order/order-view'
import { applyTransition } from '../order/transition'
import { askRefund } from '../refund/ask-refund'
import { openRefund } from '../refund/open-refund'
import { requireOwnOrder } from './ownership'
import { WRITES } from '../limits/rate-limit'

export const decideRefund = defineOperation({
  input: z
    .object({
      orderId: idSchema,
      approve: z.boolean(),
      reason: multilineText({ max: REFUND_REFUSAL_MAX, trim: true }).optional(),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<Order> {
    const order = await requireOwnOrder(ctx, input.orderId)
    const now = ctx.now()
    if (!input.approve) {
      if (!input.reason) throw new AppError('VALIDATION_FAILED', '拒绝退款请填写原因')
      const row = await applyTransition(ctx.db, 'refuseRefund', { orderId: order.id }, { refundDecisionReason: input.reason, refundFrom: null }, now)
      return toOrder(ctx.db, row)
    }
    const refundId = await ctx.db.transaction(async (tx) => {
      // refundedAt waits for the platform's confirmation (settleRefund).
      const refunded = await applyTransition(tx, 'approveRefund', { orderId: order.id }, { refundDecisionReason: input.reason ?? null }, now)
      const opened = await openRefund(tx, { orderId: refunded.id, amount: refunded.total, reason: refunded.refundReason ?? '买家申请退款', now })
      if (!opened) throw new AppError('ORDER_STATE', '该订单已有退款记录')
      return opened
    })
    // Asked after the approval commits; a refusal by the platform leaves the refund pending
    // for the timer to ask again, never a second refund (the number is the same).
    await askRefund(ctx, refundId)
    return loadOrder(ctx.db, order.id)
  },
})
