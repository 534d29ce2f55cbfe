// merchant.decideRefund: approve (money back through the pay adapter, stock released once,
// a refunds row) or refuse (back to paid/shipped, with the merchant's reason) a refund request.
// The refund is asked of the platform inside the transaction: if it fails, nothing changes and
// the merchant can retry; the refund number is stable, so a retry never refunds twice.
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import type { Order } from '../../src/domain/order-types'
import { idSchema } from '../../src/domain/validation'
import { refunds } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { multilineText } from '../../src/domain/text-schema'
import { toOrder } from '../order/order-view'
import { applyTransition } from '../order/transition'
import { requireOwnOrder } from './ownership'
import { WRITES } from '../limits/rate-limit'

export const decideRefund = defineOperation({
  input: z
    .object({
      orderId: idSchema,
      approve: z.boolean(),
      reason: multilineText({ max: 200, trim: true }).optional(),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<Order> {
    const order = await requireOwnOrder(ctx.db, input.orderId, requireOpenid(ctx))
    const now = ctx.now()
    if (!input.approve) {
      if (!input.reason) throw new AppError('VALIDATION_FAILED', '拒绝退款请填写原因')
      const row = await applyTransition(ctx.db, 'refuseRefund', { orderId: order.id }, { refundDecisionReason: input.reason, refundFrom: null }, now)
      return toOrder(ctx.db, row)
    }
    const row = await ctx.db.transaction(async (tx) => {
      const refunded = await applyTransition(
        tx,
        'approveRefund',
        { orderId: order.id },
        { refundedAt: now, refundDecisionReason: input.reason ?? null },
        now,
      )
      // One refund per order (unique index): the id doubles as the platform's out_refund_no.
      const refundId = `rf${refunded.id}`
      const [existing] = await tx.select().from(refunds).where(eq(refunds.orderId, refunded.id)).limit(1)
      if (existing) throw new AppError('ORDER_STATE', '该订单已有退款记录')
      try {
        const result = await ctx.platform.pay.refund({
          orderId: refunded.id,
          refundNo: refundId,
          total: refunded.total,
          amount: refunded.total,
          reason: refunded.refundReason ?? '买家申请退款',
        })
        await tx.insert(refunds).values({
          id: refundId,
          orderId: refunded.id,
          amount: refunded.total,
          reason: refunded.refundReason ?? '',
          status: result.status,
          createdAt: now,
        })
      } catch (error) {
        if (error instanceof AppError) throw error
        console.warn(`[merchant.decideRefund] refund for ${refunded.id} failed:`, error)
        throw new AppError('INTERNAL', '退款提交失败，请稍后重试')
      }
      return refunded
    })
    return toOrder(ctx.db, row)
  },
})
