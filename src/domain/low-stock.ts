// Checkout warns when few units are left, so a shopper is not surprised if the order fails on stock.

/** Fewer units left than this and the checkout line says how many. */
export const LOW_STOCK_THRESHOLD = 10

/** "仅剩 n 件" for a line with little stock left; null when there is plenty or the stock is unknown. */
export function lowStockNote(stock: number | undefined | null): string | null {
  return stock !== undefined && stock !== null && stock < LOW_STOCK_THRESHOLD ? `仅剩 ${stock} 件` : null
}
