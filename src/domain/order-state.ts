// The order state machine of DESIGN.md section 4 as a table. The cloud turns each row into a
// guarded conditional update (`… where status in (from)`); the pages read the same table to
// show only the actions that can succeed.

export const ORDER_STATUSES = [
  'pending_payment',
  'paid',
  'shipped',
  'completed',
  'cancelled',
  'refund_requested',
  'refunded',
] as const

export type OrderStatus = (typeof ORDER_STATUSES)[number]

export type OrderEvent =
  | 'pay'
  | 'cancel'
  | 'expire'
  | 'ship'
  | 'confirmReceipt'
  | 'requestRefund'
  | 'approveRefund'
  | 'refuseRefund'

export type Actor = 'buyer' | 'merchant' | 'platform'

export interface Transition {
  from: readonly OrderStatus[]
  /** 'refund_from': back to the state the refund was requested from (paid or shipped). */
  to: OrderStatus | 'refund_from'
  by: Actor
  /** Whether the stock the order holds goes back on sale. */
  releasesStock: boolean
}

export const ORDER_TRANSITIONS: Readonly<Record<OrderEvent, Transition>> = {
  pay: { from: ['pending_payment'], to: 'paid', by: 'platform', releasesStock: false },
  cancel: { from: ['pending_payment'], to: 'cancelled', by: 'buyer', releasesStock: true },
  expire: { from: ['pending_payment'], to: 'cancelled', by: 'platform', releasesStock: true },
  ship: { from: ['paid'], to: 'shipped', by: 'merchant', releasesStock: false },
  confirmReceipt: { from: ['shipped'], to: 'completed', by: 'buyer', releasesStock: false },
  requestRefund: { from: ['paid', 'shipped'], to: 'refund_requested', by: 'buyer', releasesStock: false },
  approveRefund: { from: ['refund_requested'], to: 'refunded', by: 'merchant', releasesStock: true },
  refuseRefund: { from: ['refund_requested'], to: 'refund_from', by: 'merchant', releasesStock: false },
}

/** Unpaid orders are cancelled automatically after this long, releasing their stock. */
export const PAYMENT_WINDOW_MS = 30 * 60 * 1000

export function canApply(status: OrderStatus, event: OrderEvent): boolean {
  return ORDER_TRANSITIONS[event].from.includes(status)
}

/** The state after `event`, or null when the event does not apply to `status`. */
export function nextStatus(status: OrderStatus, event: OrderEvent, refundFrom?: 'paid' | 'shipped' | null): OrderStatus | null {
  if (!canApply(status, event)) return null
  const to = ORDER_TRANSITIONS[event].to
  return to === 'refund_from' ? (refundFrom ?? 'paid') : to
}

/** Orders in these states keep their units out of stock; the others gave them back. */
export function holdsStock(status: OrderStatus): boolean {
  return status !== 'cancelled' && status !== 'refunded'
}

/** What `actor` may do to an order in `status`, in the order buttons are shown. */
export function actionsFor(status: OrderStatus, actor: Actor): OrderEvent[] {
  return (Object.keys(ORDER_TRANSITIONS) as OrderEvent[]).filter(
    (event) => ORDER_TRANSITIONS[event].by === actor && canApply(status, event),
  )
}

export const STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  pending_payment: '待付款',
  paid: '待发货',
  shipped: '待收货',
  completed: '已完成',
  cancelled: '已取消',
  refund_requested: '退款中',
  refunded: '已退款',
}

/** The shopper's order list tabs; 全部 lists every state. */
export const BUYER_TABS = [
  { key: 'all', label: '全部', statuses: [] },
  { key: 'pending_payment', label: '待付款', statuses: ['pending_payment'] },
  { key: 'paid', label: '待发货', statuses: ['paid'] },
  { key: 'shipped', label: '待收货', statuses: ['shipped'] },
  { key: 'completed', label: '已完成', statuses: ['completed'] },
  { key: 'refund', label: '退款', statuses: ['refund_requested', 'refunded'] },
] as const satisfies ReadonlyArray<{ key: string; label: string; statuses: readonly OrderStatus[] }>

export type BuyerTab = (typeof BUYER_TABS)[number]['key']

/** The merchant's tabs: what needs doing first. */
export const MERCHANT_TABS = [
  { key: 'paid', label: '待发货', statuses: ['paid'] },
  { key: 'refund_requested', label: '退款申请', statuses: ['refund_requested'] },
  { key: 'pending_payment', label: '待付款', statuses: ['pending_payment'] },
  { key: 'shipped', label: '已发货', statuses: ['shipped'] },
  { key: 'completed', label: '已完成', statuses: ['completed'] },
  { key: 'closed', label: '已关闭', statuses: ['cancelled', 'refunded'] },
] as const satisfies ReadonlyArray<{ key: string; label: string; statuses: readonly OrderStatus[] }>

export type MerchantTab = (typeof MERCHANT_TABS)[number]['key']

/** Sum of the per-status counts for a tab. */
export function tabCount(statuses: readonly OrderStatus[], counts: Partial<Record<OrderStatus, number>>): number {
  const included = statuses.length === 0 ? ORDER_STATUSES : statuses
  return included.reduce((sum, status) => sum + (counts[status] ?? 0), 0)
}

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value)
}

/** How an event reads in a sentence: "订单已发货，不能取消". */
export const EVENT_LABELS: Readonly<Record<OrderEvent, string>> = {
  pay: '支付',
  cancel: '取消',
  expire: '超时关闭',
  ship: '发货',
  confirmReceipt: '确认收货',
  requestRefund: '申请退款',
  approveRefund: '同意退款',
  refuseRefund: '拒绝退款',
}

/** The Chinese refusal for an event that does not apply to the order's state. */
export function stateRefusal(status: OrderStatus, event: OrderEvent): string {
  return `订单${STATUS_LABELS[status]}，不能${EVENT_LABELS[event]}`
}

/** The buttons a buyer's screen offers: paying is the buyer's tap, though the platform makes the change. */
export function buyerActions(status: OrderStatus): OrderEvent[] {
  const own = actionsFor(status, 'buyer')
  return canApply(status, 'pay') ? ['pay', ...own] : own
}
