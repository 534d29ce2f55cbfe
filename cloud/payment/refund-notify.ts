// payment.refundNotify: the refund result WeChat reports to the function named in
// cloudPay.refund (the `payment` function; its entry routes refund-shaped callbacks here, and
// payments to payment.notify). It arrives many times, late, even after a newer one: each
// delivery is recorded on the refund row and changes the refund at most once (settleRefund).
//
// Fields (WeChat Pay v2 refund notice, decrypted by Cloud Pay): out_refund_no, out_trade_no,
// refund_status (SUCCESS | CHANGE | REFUNDCLOSE), refund_fee, total_fee, success_time…
// UNCONFIRMED: whether Cloud Pay camel-cases these keys like the payment callback's
// (outRefundNo, refundStatus, refundFee): both spellings are read. UNCONFIRMED: that the
// notice arrives decrypted (no req_info) and with SOURCE wx_paycallback, like a payment's.
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { formatFen } from '../../src/domain/money'
import { text } from '../../src/domain/text-schema'
import { idSchema } from '../../src/domain/validation'
import { and, eq } from 'drizzle-orm'
import { refunds } from '../db/schema'
import { defineOperation } from '../operation'
import { settleRefund, type RefundOutcome } from '../refund/settle-refund'
import { storableEvent } from './storable-event'

const status = text({ max: 32 })
// Fen; WeChat Pay's own notices carry numbers as strings, so a numeric string is taken too.
const fen = z.coerce.number().int().min(0)

// The platform's notice carries more keys than we read and may gain new ones: refusing unknown
// keys would make WeChat retry a good notice for a day.
const refundEvent = z
  .object({
    returnCode: text({ max: 16 }).optional(),
    outRefundNo: idSchema.optional(),
    out_refund_no: idSchema.optional(),
    outTradeNo: idSchema.optional(),
    out_trade_no: idSchema.optional(),
    refundStatus: status.optional(),
    refund_status: status.optional(),
    refundFee: fen.optional(),
    refund_fee: fen.optional(),
  })
  .passthrough()
  .refine((e) => (e.outRefundNo ?? e.out_refund_no) !== undefined && (e.refundStatus ?? e.refund_status) !== undefined, '不是退款结果通知')

/** SUCCESS is money back; CHANGE (abnormal: card frozen…) and REFUNDCLOSE (closed) are failures. */
function outcomeOf(platformStatus: string): RefundOutcome['outcome'] | null {
  if (platformStatus === 'SUCCESS') return 'succeeded'
  if (platformStatus === 'CHANGE' || platformStatus === 'REFUNDCLOSE') return 'failed'
  return null
}

export const refundNotify = defineOperation({
  input: refundEvent,
  access: 'platform',
  async run(ctx, event) {
    const refundId = (event.outRefundNo ?? event.out_refund_no)!
    const platformStatus = (event.refundStatus ?? event.refund_status)!
    const [refund] = await ctx.db.select().from(refunds).where(eq(refunds.id, refundId)).limit(1)
    if (!refund) throw new AppError('NOT_FOUND', '退款单不存在', { refundId })
    const orderId = event.outTradeNo ?? event.out_trade_no
    if (orderId !== undefined && orderId !== refund.orderId) throw new AppError('VALIDATION_FAILED', '退款单与订单不符', { refundId })
    const fee = event.refundFee ?? event.refund_fee
    if (fee !== undefined && fee !== refund.amount) {
      console.warn(`[refund] notice for ${refundId} reports ${fee}, asked ${refund.amount}`)
      throw new AppError('VALIDATION_FAILED', `退款金额 ${formatFen(fee)} 与退款单金额 ${formatFen(refund.amount)} 不符`, { refundId })
    }
    const outcome = event.returnCode === undefined || event.returnCode === 'SUCCESS' ? outcomeOf(platformStatus) : null
    const notice = storableEvent(event)
    if (!outcome) {
      // Nothing settled (a communication failure or a status we do not know): kept for a person
      // while the refund is open; a settled one keeps the notice that settled it.
      await ctx.db
        .update(refunds)
        .set({ notice })
        .where(and(eq(refunds.id, refundId), eq(refunds.status, 'pending')))
      return { refundId, orderId: refund.orderId, status: refund.status, changed: false }
    }
    const settled = await settleRefund(ctx.db, refundId, { outcome, at: ctx.now(), reason: platformStatus, notice })
    return { refundId, orderId: refund.orderId, status: settled!.status, changed: settled!.changed }
  },
})
