// 再来一单: an order's lines back into the cart as they are sold now. Only fills the cart: the
// cart shows today's prices and checkout asks the server for the real ones, as always.
import { MAX_LINE_QUANTITY } from './order-pricing'
import { addLine, clampLine, type CartLine, type NewCartLine } from './order-cart'
import type { OrderStatus } from './order-state'
import type { CartItemInfo, Order } from './order-types'

/** Orders that are over: bought and received, or never paid, or paid back. */
const REORDERABLE: readonly OrderStatus[] = ['completed', 'cancelled', 'refunded']

export function canReorder(status: OrderStatus): boolean {
  return REORDERABLE.includes(status)
}

export interface ReorderSkip {
  title: string
  /** 已下架 / 已售罄 / 仅剩 N 件 (then the N are added). */
  reason: string
}

export interface ReorderPlan {
  lines: NewCartLine[]
  skipped: ReorderSkip[]
}

/**
 * The order's lines with the catalog's answer for their SKUs: each SKU on sale and in stock
 * goes back with the ordered quantity (or all that is left), at today's price and title; an SKU
 * off sale, gone or sold out is left out and named with why.
 */
export function planReorder(items: Order['items'], fresh: readonly CartItemInfo[]): ReorderPlan {
  const bySku = new Map(fresh.map((info) => [info.skuId, info]))
  const plan: ReorderPlan = { lines: [], skipped: [] }
  for (const item of items) {
    const info = bySku.get(item.skuId)
    if (!info || info.status !== 'on_sale') {
      plan.skipped.push({ title: item.title, reason: '已下架' })
      continue
    }
    if (info.stock <= 0) {
      plan.skipped.push({ title: item.title, reason: '已售罄' })
      continue
    }
    const quantity = Math.min(item.quantity, info.stock, MAX_LINE_QUANTITY)
    if (quantity < item.quantity) plan.skipped.push({ title: item.title, reason: `仅剩 ${info.stock} 件，已加入 ${quantity} 件` })
    plan.lines.push({
      skuId: info.skuId,
      productId: info.productId,
      storeId: info.storeId,
      storeName: info.storeName,
      title: info.title,
      image: info.image,
      specs: info.specs,
      price: info.price,
      stock: info.stock,
      quantity,
    })
  }
  return plan
}

/** What the shopper is told after 再来一单, or null when everything went back as it was. */
export function reorderNotice(plan: ReorderPlan): string | null {
  if (plan.skipped.length === 0) return null
  const parts = plan.skipped.map((skip) => `${skip.title}（${skip.reason}）`).join('、')
  return plan.lines.length === 0 ? `商品都买不到了：${parts}` : `以下商品未能全部加入购物车：${parts}`
}

/**
 * The cart after 再来一单: the order's lines are the ones selected, so 结算 takes exactly them.
 * A line already in the cart keeps the larger quantity rather than the sum (tapping twice does
 * not double it); the rest of the cart stays, unselected.
 */
export function applyReorder(cart: readonly CartLine[], lines: readonly NewCartLine[]): CartLine[] {
  const wanted = new Map(lines.map((line) => [line.skuId, line]))
  let next = cart.map((line) => {
    const again = wanted.get(line.skuId)
    if (!again) return { ...line, selected: false }
    wanted.delete(line.skuId)
    return { ...line, ...again, storeName: again.storeName || line.storeName, quantity: clampLine(Math.max(line.quantity, again.quantity)), selected: true, status: 'ok' as const }
  })
  for (const line of wanted.values()) next = addLine(next, line)
  return next
}
