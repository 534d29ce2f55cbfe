// order.requestRefund: the buyer asks for the money back of a paid or shipped order; the
// merchant decides (merchant.decideRefund). A refusal returns the order to where it was.
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Order } from '../../src/domain/order-types'
import { idSchema } from '../../src/domain/validation'
import { orders } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { multilineText } from '../../src/domain/text-schema'
import { REFUND_REASON_MAX } from '../../src/domain/text-limits'
import { toOrder } from './order-view'
import { applyTransition } from './transition'
import { WRITES } from '../limits/rate-limit'
import { alertRefundRequested } from '../alerts/order-alerts'

export const requestRefund = defineOperation({
  input: z
    .object({
      orderId: idSchema,
      reason: multilineText({ label: '退款原因', max: REFUND_REASON_MAX, min: 1, trim: true }),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { orderId, reason }): Promise<Order> {
    const buyer = requireOpenid(ctx)
    const now = ctx.now()
    // In the transition's transaction: the guarded update happens once per request, and so does its alert.
    const row = await ctx.db.transaction(async (tx) => {
      const changed = await applyTransition(
        tx,
        'requestRefund',
        { orderId, buyerOpenid: buyer },
        {
          // The state it comes from, read in the same guarded update.
          refundFrom: sql`${orders.status}` as never,
          refundReason: reason,
          refundRequestedAt: now,
          refundDecisionReason: null,
        },
        now,
      )
      await alertRefundRequested(tx, changed, reason, now)
      return changed
    })
    return toOrder(ctx.db, row)
  },
})
