// 批量发货: what merchant.shipMany answers for each order, and the one-line summary the order
// list shows after it. Each order is shipped on its own, so one refusal never hides the others.
import type { ErrorCode } from './errors'
import type { Order } from './order-types'

/** At most this many orders in one batch (one page of the list, with room). */
export const MAX_BATCH_SHIP = 50

export type ShipResult =
  | { orderId: string; ok: true; order: Order }
  | { orderId: string; ok: false; error: { code: ErrorCode; message: string } }

export interface ShipManyAnswer {
  results: ShipResult[]
}

/** "3 单已发货" / "2 单已发货，1 单未发货" — the failures are listed beside their orders. */
export function summarizeShipResults(results: readonly ShipResult[]): string {
  const shipped = results.filter((result) => result.ok).length
  const failed = results.length - shipped
  if (failed === 0) return `${shipped} 单已发货`
  if (shipped === 0) return `${failed} 单未发货`
  return `${shipped} 单已发货，${failed} 单未发货`
}
