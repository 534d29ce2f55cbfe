// What an order costs: the lines at the server's prices, plus the delivery fee. The server
// recomputes this for every quote and order; the app only shows what the server answered.

export type DeliveryMethod = 'express' | 'pickup'

/** 快递 costs a flat fee below the free-delivery threshold; 到店自提 is free. */
export const EXPRESS_FEE = 800
export const FREE_EXPRESS_FROM = 9900

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

export function deliveryFeeOf(itemsTotal: number, delivery: DeliveryMethod): number {
  if (delivery === 'pickup') return 0
  return itemsTotal >= FREE_EXPRESS_FROM ? 0 : EXPRESS_FEE
}

export function totalsOf(lines: readonly PricedLine[], delivery: DeliveryMethod): Totals {
  const itemsTotal = itemsTotalOf(lines)
  const deliveryFee = deliveryFeeOf(itemsTotal, delivery)
  return { itemsTotal, deliveryFee, total: itemsTotal + deliveryFee }
}

/** "再买 ¥12.00 免运费", or null when delivery is already free or not by express. */
export function freeDeliveryGap(itemsTotal: number, delivery: DeliveryMethod): number | null {
  if (delivery !== 'express' || itemsTotal >= FREE_EXPRESS_FROM) return null
  return FREE_EXPRESS_FROM - itemsTotal
}
