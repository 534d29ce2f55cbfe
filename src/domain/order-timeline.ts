// What the order detail page shows over time: the steps so far, and the unpaid countdown.
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { carrierName } from './order-carriers'
import type { Order } from './order-types'
import { refundHint } from './refund-status'

export interface TimelineStep {
  label: string
  at: string | null
  detail?: string
}

/** The steps the order went through, oldest first. */
export function orderTimeline(order: Order): TimelineStep[] {
  const steps: TimelineStep[] = [{ label: '提交订单', at: order.createdAt }]
  if (order.paidAt) steps.push({ label: '支付成功', at: order.paidAt })
  if (order.shippedAt) {
    const parcel = [order.carrier ? carrierName(order.carrier) : null, order.trackingNo].filter(Boolean).join(' ')
    steps.push({ label: order.delivery === 'pickup' ? '商家已备货，可到店自提' : '商家已发货', at: order.shippedAt, detail: parcel || undefined })
  }
  if (order.refundRequestedAt) steps.push({ label: '申请退款', at: order.refundRequestedAt, detail: order.refundReason ?? undefined })
  if (order.refundDecisionReason && order.status !== 'refunded' && order.status !== 'refund_requested') {
    steps.push({ label: '商家拒绝退款', at: null, detail: order.refundDecisionReason })
  }
  if (order.refundedAt) steps.push({ label: '退款成功', at: order.refundedAt })
  if (order.completedAt) steps.push({ label: '确认收货', at: order.completedAt })
  if (order.cancelledAt) steps.push({ label: '订单已取消', at: order.cancelledAt, detail: order.cancelReason ?? undefined })
  // Money still on its way back (or stuck) is an undated last step; a confirmed refund is dated above.
  if (order.refundStatus === 'pending' || order.refundStatus === 'failed') steps.push({ label: refundHint(order)!, at: null })
  // Undated steps stay where they were put; dated ones in time order.
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => (a.step.at && b.step.at ? Date.parse(a.step.at) - Date.parse(b.step.at) : a.index - b.index))
    .map(({ step }) => step)
}

/** Milliseconds left to pay, never negative. */
export function paymentTimeLeft(order: Pick<Order, 'status' | 'expiresAt'>, now: Date): number {
  if (order.status !== 'pending_payment') return 0
  return Math.max(0, Date.parse(order.expiresAt) - now.getTime())
}

/** 29:05 */
export function formatCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000))
  const minutes = Math.floor(seconds / 60)
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`
}

/** 2026-11-25 14:03 in China time, however the device's clock zone is set. */
export function formatOrderTime(iso: string): string {
  return dayjs(iso).locale('zh-cn').format('YYYY-MM-DD HH:mm')
}
