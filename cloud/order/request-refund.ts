// order.requestRefund: the buyer asks for the money back of a paid or shipped order; the
// merchant decides (merchant.decideRefund). A refusal returns the order to where it was.
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Order } from '../../src/domain/order-types'
import { idSchema } from '../../src/domain/validation'
import { orders } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { multilineText } from '../../src/domain/text-schema'
import { toOrder } from './order-view'
import { applyTransition } from './transition'
import { WRITES } from '../limits/rate-limit'

export const requestRefund = defineOperation({
  input: z
    .object({
      orderId: idSchema,
      reason: multilineText({ label: '退款原因', max: 200, min: 1, trim: true }),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { orderId, reason }): Promise<Order> {
    const buyer = requireOpenid(ctx)
    const now = ctx.now()
    const row = await applyTransition(
      ctx.db,
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
    return toOrder(ctx.db, row)
  },
})
