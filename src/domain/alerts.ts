// The merchant's alerts as the console sees them (merchant.listNotifications and friends).
export const ALERT_KINDS = ['new_order', 'low_stock', 'refund_requested', 'new_message'] as const
export type AlertKind = (typeof ALERT_KINDS)[number]

export const ALERT_KIND_NAMES: Record<AlertKind, string> = {
  new_order: '新订单',
  low_stock: '库存不足',
  refund_requested: '退款申请',
  new_message: '买家消息',
}

/**
 * Who hears of each kind besides the owner: the staff whose role may act on it (the role table
 * in staff-roles.ts): managers for orders, stock and messages, service staff for messages;
 * refunds are the owner's alone. Subscribe messages go only to those who granted them.
 */
export const ALERT_ACTIONS: Record<AlertKind, string> = {
  new_order: 'merchant.ship',
  low_stock: 'merchant.saveProduct',
  refund_requested: 'merchant.decideRefund',
  new_message: 'chat.send',
}

/** The largest low-stock line a store may set. */
export const MAX_LOW_STOCK = 9999

export interface AlertSettings {
  storeId: string
  newOrder: boolean
  refundRequested: boolean
  newMessage: boolean
  /** Units at or below which a SKU alerts; 0 = off. */
  lowStock: number
  /** Subscribe messages the caller has left per kind: one-shot, each tap in the console grants one. */
  quota: Record<AlertKind, number>
}

export interface StoreNotification {
  id: string
  kind: AlertKind
  orderId?: string
  skuId?: string
  text: string
  createdAt: string
  read: boolean
}

export interface NotificationPage {
  items: StoreNotification[]
  nextCursor: string | null
  unread: number
}

/** The kinds whose messages have run out while the alert is on: the console asks again for them. */
export function kindsToAsk(settings: AlertSettings): AlertKind[] {
  const on: Record<AlertKind, boolean> = {
    new_order: settings.newOrder,
    low_stock: settings.lowStock > 0,
    refund_requested: settings.refundRequested,
    new_message: settings.newMessage,
  }
  return ALERT_KINDS.filter((kind) => on[kind] && settings.quota[kind] === 0)
}
