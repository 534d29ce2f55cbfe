// Cart rules, pure so they are tested without a device: merging lines, store groups,
// selection, and marking lines the catalog no longer sells (never silently dropping them).
import { MAX_LINE_QUANTITY } from './order-pricing'
import type { CartItemInfo } from './order-types'

/** ok: can be bought; off_sale: taken off the shelf or gone; sold_out: no stock left. */
export type CartLineStatus = 'ok' | 'off_sale' | 'sold_out'

export interface CartLine {
  skuId: string
  productId: string
  storeId: string
  /** Filled from the catalog when the cart is refreshed; '' until then. */
  storeName: string
  title: string
  image: string
  specs: Record<string, string>
  /** Price in fen when added or last refreshed; checkout asks the server for the real one. */
  price: number
  quantity: number
  selected: boolean
  /** Units left when last refreshed; null when not known yet. */
  stock: number | null
  status: CartLineStatus
}

/** What the product page hands over when adding. */
export type NewCartLine = Pick<CartLine, 'skuId' | 'productId' | 'storeId' | 'title' | 'image' | 'specs' | 'price' | 'quantity'> &
  Partial<Pick<CartLine, 'storeName' | 'stock'>>

export function clampLine(quantity: number): number {
  if (!Number.isFinite(quantity)) return 1
  return Math.min(MAX_LINE_QUANTITY, Math.max(1, Math.floor(quantity)))
}

export function addLine(lines: readonly CartLine[], line: NewCartLine): CartLine[] {
  const existing = lines.find((l) => l.skuId === line.skuId)
  if (!existing) {
    return [...lines, { storeName: '', stock: null, ...line, quantity: clampLine(line.quantity), selected: true, status: 'ok' }]
  }
  return lines.map((l) =>
    l.skuId === line.skuId
      ? { ...l, ...line, storeName: line.storeName || l.storeName, quantity: clampLine(l.quantity + line.quantity), selected: true, status: 'ok' }
      : l,
  )
}

export function cartCount(lines: readonly CartLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity, 0)
}

export type LineProblem = 'off_sale' | 'sold_out' | 'short'

/** Why a line cannot be checked out as it is, or null. */
export function lineProblem(line: CartLine): LineProblem | null {
  if (line.status !== 'ok') return line.status
  if (line.stock !== null && line.stock < line.quantity) return line.stock === 0 ? 'sold_out' : 'short'
  return null
}

export function problemLabel(line: CartLine): string | null {
  switch (lineProblem(line)) {
    case 'off_sale':
      return '已下架'
    case 'sold_out':
      return '已售罄'
    case 'short':
      return `库存仅剩 ${line.stock} 件`
    default:
      return null
  }
}

/** Selected lines that can be bought now. */
export function checkoutLines(lines: readonly CartLine[]): CartLine[] {
  return lines.filter((line) => line.selected && lineProblem(line) === null)
}

/** What the selected, buyable lines cost (fen), as the cart's 合计 shows it. */
export function selectedTotal(lines: readonly CartLine[]): number {
  // Not order-pricing's itemsTotalOf: the cart is in the weapp main package, which has no room for it.
  return checkoutLines(lines).reduce((sum, line) => sum + line.price * line.quantity, 0)
}

export interface StoreGroup {
  storeId: string
  storeName: string
  lines: CartLine[]
}

/** Lines by store, stores in the order their first line was added. */
export function groupByStore(lines: readonly CartLine[]): StoreGroup[] {
  const groups = new Map<string, StoreGroup>()
  for (const line of lines) {
    const group = groups.get(line.storeId) ?? { storeId: line.storeId, storeName: '', lines: [] }
    group.storeName ||= line.storeName
    group.lines.push(line)
    groups.set(line.storeId, group)
  }
  return [...groups.values()]
}

/** Orders are per store: one checkout takes the selected lines of a single store. */
export function checkoutStores(lines: readonly CartLine[]): string[] {
  return [...new Set(checkoutLines(lines).map((line) => line.storeId))]
}

export function toggleLine(lines: readonly CartLine[], skuId: string): CartLine[] {
  return lines.map((l) => (l.skuId === skuId && (l.selected || lineProblem(l) === null) ? { ...l, selected: !l.selected } : l))
}

/** Selects (or clears) every line that can be bought, of one store or of all. */
export function selectAll(lines: readonly CartLine[], selected: boolean, storeId?: string): CartLine[] {
  return lines.map((l) => {
    if (storeId !== undefined && l.storeId !== storeId) return l
    return { ...l, selected: selected && lineProblem(l) === null }
  })
}

/** True when every buyable line (of a store, or of all) is selected and there is one. */
export function allSelected(lines: readonly CartLine[], storeId?: string): boolean {
  const scope = lines.filter((l) => (storeId === undefined || l.storeId === storeId) && lineProblem(l) === null)
  return scope.length > 0 && scope.every((l) => l.selected)
}

/**
 * Brings lines up to date with the catalog: newest title, image and price, the stock, and a
 * mark on those that cannot be bought. `checked` are the SKUs that were asked about: one the
 * catalog did not answer for is gone. Lines that became unbuyable are deselected, not removed.
 */
export function applyCatalog(lines: readonly CartLine[], fresh: readonly CartItemInfo[], checked: readonly string[]): CartLine[] {
  const bySku = new Map(fresh.map((info) => [info.skuId, info]))
  const asked = new Set(checked)
  return lines.map((line) => {
    if (!asked.has(line.skuId)) return line
    const info = bySku.get(line.skuId)
    if (!info || info.status === 'off_sale') {
      return { ...line, ...(info ? { storeName: info.storeName } : {}), status: 'off_sale' as const, selected: false }
    }
    const next: CartLine = {
      ...line,
      title: info.title,
      image: info.image,
      specs: info.specs,
      price: info.price,
      storeName: info.storeName,
      stock: info.stock,
      status: info.stock > 0 ? 'ok' : 'sold_out',
    }
    return lineProblem(next) === null ? next : { ...next, selected: false }
  })
}
