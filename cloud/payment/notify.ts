// payment.notify: the payment platform's callback (in WeChat only it can call it; the entry
// routes wx_paycallback events here). Idempotent: the order row is locked, and a payment that
// is already recorded is answered again without changing anything, however many times and
// however late it arrives. The amount must be the order's. A payment for an order that was
// cancelled meanwhile is recorded as paid_after_cancel and refunded through the payment
// adapter (retried by the timer until the refund notice confirms it); stock, already released
// by the cancel, is not touched. Refund notices go to payment.refundNotify.
import { and, eq, ne } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { formatFen } from '../../src/domain/money'
import type { OrderStatus } from '../../src/domain/order-state'
import { idSchema } from '../../src/domain/validation'
import { newId } from '../db/ids'
import { orders, payments } from '../db/schema'
import { defineOperation } from '../operation'
import { numberJielongEntry } from '../jielong/number-entry'
import { enqueueOrderPaid } from '../order/order-messages'
import { alertNewOrder } from '../alerts/order-alerts'
import { applyTransition } from '../order/transition'
import { askRefund } from '../refund/ask-refund'
import { openRefund } from '../refund/open-refund'
import { storableEvent } from './storable-event'
import { text } from '../../src/domain/text-schema'

// The platform's event carries more keys than we read (bank, fee type, nonce…) and may gain
// new ones: refusing unknown keys would make WeChat retry a good callback for two days.
const payEvent = z
  .object({
    returnCode: text({ max: 16 }).optional(),
    resultCode: text({ max: 16 }),
    outTradeNo: idSchema,
    transactionId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '交易号格式不正确'),
    totalFee: z.number().int().min(0),
    subOpenid: text({ max: 128 }).optional(),
    openid: text({ max: 128 }).optional(),
    timeEnd: text({ max: 32 }).optional(),
  })
  .passthrough()

export type PaymentOutcome = 'paid' | 'paid_after_cancel'

export interface NotifyResult {
  orderId?: string
  outcome: PaymentOutcome | 'ignored'
  status?: OrderStatus
  /** True when this payment had been recorded already. */
  duplicate?: boolean
}

export const notify = defineOperation({
  input: payEvent,
  access: 'platform',
  async run(ctx, paid): Promise<NotifyResult> {
    // The callback fires for successful payments only; anything else changes nothing.
    if (paid.resultCode !== 'SUCCESS' || (paid.returnCode !== undefined && paid.returnCode !== 'SUCCESS')) {
      return { orderId: paid.outTradeNo, outcome: 'ignored' }
    }
    const provider = ctx.platform.pay.provider
    const now = ctx.now()
    const result = await ctx.db.transaction(async (tx): Promise<NotifyResult & { refundId?: string | null }> => {
      const [order] = await tx.select().from(orders).where(eq(orders.id, paid.outTradeNo)).limit(1).for('update')
      if (!order) throw new AppError('NOT_FOUND', '订单不存在', { orderId: paid.outTradeNo })
      if (paid.totalFee !== order.total) {
        console.warn(`[payment] amount ${paid.totalFee} does not match order ${order.id} total ${order.total}`)
        throw new AppError('VALIDATION_FAILED', `支付金额 ${formatFen(paid.totalFee)} 与订单金额 ${formatFen(order.total)} 不符`, {
          orderId: order.id,
        })
      }
      const [recorded] = await tx.select().from(payments).where(eq(payments.orderId, order.id)).limit(1)
      if (recorded) {
        if (recorded.transactionId !== paid.transactionId) {
          console.warn(`[payment] order ${order.id} paid again by ${paid.transactionId} (first ${recorded.transactionId})`)
        }
        return { orderId: order.id, outcome: recorded.outcome, status: order.status, duplicate: true }
      }
      const [elsewhere] = await tx
        .select({ orderId: payments.orderId })
        .from(payments)
        .where(and(eq(payments.provider, provider), eq(payments.transactionId, paid.transactionId), ne(payments.orderId, order.id)))
        .limit(1)
      if (elsewhere) throw new AppError('VALIDATION_FAILED', '该交易号已用于另一笔订单')

      let outcome: PaymentOutcome = 'paid'
      let status: OrderStatus = order.status
      let refundId: string | null = null
      if (order.status === 'pending_payment') {
        const row = await applyTransition(tx, 'pay', { orderId: order.id }, { paidAt: now }, now)
        await enqueueOrderPaid(tx, row)
        await numberJielongEntry(tx, order.id, now)
        await alertNewOrder(tx, row, now)
        status = row.status
      } else if (order.status === 'cancelled') {
        outcome = 'paid_after_cancel'
        await tx.update(orders).set({ refundDue: true, updatedAt: now }).where(eq(orders.id, order.id))
        refundId = await openRefund(tx, { orderId: order.id, amount: paid.totalFee, reason: '订单取消后才到账，原路退回', now })
      }
      await tx.insert(payments).values({
        id: newId(),
        orderId: order.id,
        provider,
        transactionId: paid.transactionId,
        amount: paid.totalFee,
        outcome,
        // Kept as it came, minus what PostgreSQL cannot store (NUL), should the platform send any.
        raw: storableEvent(paid),
        createdAt: now,
      })
      return { orderId: order.id, outcome, status, refundId }
    })
    const { refundId, ...answer } = result
    // Asked once the payment is on record; a failed ask is retried by the timer, and the
    // callback is still answered { errcode: 0 }: the payment itself is recorded.
    if (refundId) await askRefund(ctx, refundId)
    return answer
  },
})
