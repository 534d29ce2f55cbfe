// What waits for the store on the console home's first screen: orders to ship, refund requests
// to decide, unread messages. Each count is shown only to a role that may act on it (a 发货员
// sees what to ship, a 客服 the messages); the others come back as null.
import { roleMay, type StoreRole } from './staff-roles'

export interface PendingCounts {
  /** Paid orders not shipped yet (待发货). */
  toShip: number | null
  /** Refund requests waiting for a decision. */
  refunds: number | null
  /** Messages from shoppers the store has not read. */
  unreadMessages: number | null
}

export type PendingKind = keyof PendingCounts

/** The action each count leads to: seeing the count needs being allowed to run it. */
export const PENDING_ACTIONS: Readonly<Record<PendingKind, string>> = {
  toShip: 'merchant.ship',
  refunds: 'merchant.decideRefund',
  unreadMessages: 'chat.conversations',
}

export function pendingKindsFor(role: StoreRole): PendingKind[] {
  return (Object.keys(PENDING_ACTIONS) as PendingKind[]).filter((kind) => roleMay(role, PENDING_ACTIONS[kind]))
}

/** The console home's tiles: label and where a tap goes (the list already filtered). */
export function pendingTiles(storeId: string, counts: PendingCounts): Array<{ kind: PendingKind; label: string; count: number; url: string }> {
  const q = `storeId=${encodeURIComponent(storeId)}`
  const tiles = [
    { kind: 'toShip' as const, label: '待发货', url: `/packages/merchant/pages/orders/index?${q}&tab=paid` },
    { kind: 'refunds' as const, label: '待处理退款', url: `/packages/merchant/pages/orders/index?${q}&tab=refund_requested` },
    { kind: 'unreadMessages' as const, label: '未读消息', url: `/packages/merchant/pages/inbox/index?${q}` },
  ]
  return tiles.flatMap((tile) => (counts[tile.kind] === null ? [] : [{ ...tile, count: counts[tile.kind] as number }]))
}
