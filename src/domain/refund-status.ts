// Where the money of a refund is (DESIGN.md 3b): asked of the payment platform (pending),
// confirmed by its refund notice (succeeded) or reported failed. Orders carry it as
// refundStatus; the pages say it in words from here.
import type { OrderStatus } from './order-state'

export const REFUND_STATES = ['pending', 'succeeded', 'failed'] as const
export type RefundState = (typeof REFUND_STATES)[number]
/** 'none': the order has no refund. */
export type RefundStatus = 'none' | RefundState

export const REFUND_STATUS_LABELS: Readonly<Record<RefundStatus, string>> = {
  none: '',
  pending: '退款中',
  succeeded: '已退款',
  failed: '退款失败，请联系商家',
}

interface RefundView {
  status: OrderStatus
  refundStatus: RefundStatus
}

/**
 * The sentence the buyer reads about money going back, or null when there is none: a refund
 * the merchant approved, or a payment that arrived after the order was cancelled.
 */
export function refundHint(order: RefundView): string | null {
  const late = order.status === 'cancelled'
  switch (order.refundStatus) {
    case 'pending':
      return late ? '订单取消后才到账的付款将原路退回（退款中）' : '商家已同意退款，退款中，将原路退回'
    case 'succeeded':
      return late ? '订单取消后才到账的付款已原路退回' : '退款已原路退回'
    case 'failed':
      return REFUND_STATUS_LABELS.failed
    default:
      return null
  }
}

/** The merchant's line on an order card: what is left to do about the money. */
export function merchantRefundNote(order: RefundView): string | null {
  const what = order.status === 'cancelled' ? '取消后才到账的付款' : '退款'
  switch (order.refundStatus) {
    case 'pending':
      return `${what}：退款中，将原路退回`
    case 'succeeded':
      return `${what}：已原路退回`
    case 'failed':
      return `${what}：退款失败，请到微信支付商户平台处理`
    default:
      return null
  }
}

/** The state label at the top of an order: 已退款 only once the money is confirmed back. */
export function refundAwareLabel(order: RefundView, label: string): string {
  if (order.status !== 'refunded') return label
  if (order.refundStatus === 'pending') return REFUND_STATUS_LABELS.pending
  if (order.refundStatus === 'failed') return '退款失败'
  return label
}
