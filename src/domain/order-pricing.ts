// What an order costs: the lines at the server's prices, plus the delivery fee. The server
// recomputes this for every quote and order; the app only shows what the server answered.
import { DEFAULT_BASE_FEE, DEFAULT_FREE_OVER, defaultShippingRules, deliveryFeeOf, type DeliveryMethod, type ShippingRules } from './shipping'

export type { DeliveryMethod }

/** What a store that never saved shipping rules charges for 快递, and from when it is free. */
export const EXPRESS_FEE = DEFAULT_BASE_FEE
export const FREE_EXPRESS_FROM = DEFAULT_FREE_OVER

export const MAX_LINE_QUANTITY = 99
/** Distinct SKUs in one order. */
export const MAX_ORDER_LINES = 50
/** ¥500,000: beyond what a small store sells in one order, and well inside a 32-bit column. */
export const MAX_ORDER_TOTAL = 50_000_000

export interface PricedLine {
  price: number
  quantity: number
}

export interface Totals {
  itemsTotal: number
  deliveryFee: number
  total: number
}

export function itemsTotalOf(lines: readonly PricedLine[]): number {
  return lines.reduce((sum, line) => sum + line.price * line.quantity, 0)
}

/** Where the order goes: the store's shipping rules and the address's province, if any. */
export interface Destination {
  rules: Pick<ShippingRules, 'baseFee' | 'freeOver' | 'regions'>
  provinceName?: string | null
}

/**
 * The order's money (DESIGN.md 3b): total = itemsTotal − discount + deliveryFee, where the fee is
 * waived once what is paid for the goods (after the coupon) reaches the store's free-over line.
 */
export function totalsOf(
  lines: readonly PricedLine[],
  delivery: DeliveryMethod,
  destination: Destination = { rules: defaultShippingRules() },
  discount = 0,
): Totals {
  const itemsTotal = itemsTotalOf(lines)
  const deliveryFee = deliveryFeeOf(destination.rules, { delivery, itemsTotal, discount, provinceName: destination.provinceName })
  return { itemsTotal, deliveryFee, total: itemsTotal - discount + deliveryFee }
}
