// Order counts for the 我的 page shortcuts (待付款 / 待发货 / 待收货 / 退款), read through
// order.list per status. The order feature may not be deployed yet: when the function is
// missing (or unreachable) the counts are simply unknown and the page shows none.
import { callCloud } from './cloud'

export const ORDER_SHORTCUTS = [
  { status: 'pending_payment', label: '待付款' },
  { status: 'paid', label: '待发货' },
  { status: 'shipped', label: '待收货' },
  { status: 'refund_requested', label: '退款/售后' },
] as const

export type ShortcutStatus = (typeof ORDER_SHORTCUTS)[number]['status']

/** How many orders, and whether there are more than were counted (one page of 50 at most). */
export interface OrderCount {
  count: number
  more: boolean
}

export type OrderCounts = Record<ShortcutStatus, OrderCount>

const PAGE = 50

/** The counts per status, or null when order.list cannot answer (e.g. NOT_FOUND: not built yet). */
export async function fetchOrderCounts(): Promise<OrderCounts | null> {
  try {
    const pages = await Promise.all(
      ORDER_SHORTCUTS.map(({ status }) => callCloud('order', 'list', { status, limit: PAGE }, { retries: 0 })),
    )
    const counts = {} as OrderCounts
    ORDER_SHORTCUTS.forEach(({ status }, i) => {
      counts[status] = { count: pages[i].items.length, more: pages[i].nextCursor !== null }
    })
    return counts
  } catch {
    return null
  }
}

/** The badge text: nothing for 0, "50+" when there are more than one page. */
export function badgeOf(count: OrderCount | undefined): string {
  if (!count || count.count === 0) return ''
  return count.more ? `${count.count}+` : String(count.count)
}
