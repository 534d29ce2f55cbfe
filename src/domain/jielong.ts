// 接龙 (group roll-call selling): the wire shapes of DESIGN.md 3b and the rules both sides
// share: when a 接龙 is open, how a joiner is named in public, how delivery is chosen, and
// how the packing sheet adds up.
import { formatFen } from './money'

export const JIELONG_DELIVERIES = ['pickup', 'express', 'both'] as const
export type JielongDelivery = (typeof JIELONG_DELIVERIES)[number]

export const JIELONG_LIMITS = { title: 40, intro: 500, items: 20, pickupPoints: 10, pointName: 30, pointAddress: 100, perPerson: 99 } as const

export const DELIVERY_LABELS: Record<JielongDelivery, string> = { pickup: '到点自提', express: '快递到家', both: '自提或快递' }

export interface PickupPoint {
  id: string
  name: string
  address: string
}

export interface JielongItem {
  skuId: string
  productId: string
  title: string
  /** The spec values, e.g. 「红色 / L」, or '' for a product with one SKU. */
  spec: string
  image: string
  price: number
  /** Units left in the SKU (shared with the store: it is the same stock). */
  stock: number
  /** Units taken by paid entries of this 接龙. */
  sold: number
  limitPerPerson: number | null
}

export interface JielongEntryLine {
  title: string
  quantity: number
}

/** One joiner in the public list: numbered in the order payments arrived, name masked. */
export interface JielongEntry {
  no: number
  name: string
  /** Present (true) on the caller's own entries only, so they find their number. */
  mine?: true
  lines: JielongEntryLine[]
  createdAt: string
}

export type JielongStatus = 'open' | 'closed'

export interface Jielong {
  id: string
  storeId: string
  storeName: string
  title: string
  intro: string
  items: JielongItem[]
  endAt: string
  closedAt: string | null
  status: JielongStatus
  delivery: JielongDelivery
  pickupPoints: PickupPoint[]
  /** Paid entries not refunded. */
  participants: number
  recent: JielongEntry[]
  createdAt: string
}

export interface SheetLine {
  skuId: string
  title: string
  quantity: number
}

export interface SheetEntry {
  no: number
  buyerName: string
  telNumber: string
  lines: SheetLine[]
  orderId: string
  status: string
  /** Where express entries go; '' for pickup. */
  address: string
}

export interface SheetGroup {
  /** null: the express entries. */
  pickupPointId: string | null
  name: string
  address: string
  totals: SheetLine[]
  entries: SheetEntry[]
}

export interface JielongSheet {
  jielongId: string
  title: string
  totals: SheetLine[]
  byPickupPoint: SheetGroup[]
}

/** Closed once the merchant closed it or its end time has come. */
export function jielongStatus(jielong: { endAt: Date | string; closedAt: Date | string | null }, now: Date): JielongStatus {
  if (jielong.closedAt) return 'closed'
  return new Date(jielong.endAt).getTime() <= now.getTime() ? 'closed' : 'open'
}

/** 张三 → 张**: the first character (a whole code point, so an emoji is not cut) and two stars. */
export function maskName(name: string): string {
  const first = Array.from(name.trim())[0]
  return `${first ?? '微'}**`
}

/**
 * How an entry is delivered: a pickup point when one is named (and the 接龙 offers pickup),
 * else express to the address. Returns the problem in Chinese when the choice is not offered.
 */
export function entryDelivery(
  delivery: JielongDelivery,
  choice: { pickupPointId?: string | null; hasAddress: boolean },
): { ok: true; method: 'pickup' | 'express' } | { ok: false; message: string } {
  if (choice.pickupPointId) {
    if (delivery === 'express') return { ok: false, message: '这个接龙只支持快递，请填写收货地址' }
    return { ok: true, method: 'pickup' }
  }
  if (delivery === 'pickup') return { ok: false, message: '请选择自提点' }
  if (!choice.hasAddress) return { ok: false, message: '快递需要填写收货地址' }
  return { ok: true, method: 'express' }
}

/** Adds lines up by SKU, keeping the order in which SKUs first appear. */
export function sumLines(lines: readonly SheetLine[]): SheetLine[] {
  const bySku = new Map<string, SheetLine>()
  for (const line of lines) {
    const seen = bySku.get(line.skuId)
    if (seen) seen.quantity += line.quantity
    else bySku.set(line.skuId, { ...line })
  }
  return [...bySku.values()]
}

/** 「2天 03:12:09」 until the end, or null once it has passed. */
export function countdown(endAt: string | Date, now: Date): string | null {
  const ms = new Date(endAt).getTime() - now.getTime()
  if (ms <= 0) return null
  const seconds = Math.floor(ms / 1000)
  const days = Math.floor(seconds / 86_400)
  const pad = (n: number) => String(n).padStart(2, '0')
  const clock = `${pad(Math.floor((seconds % 86_400) / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`
  return days > 0 ? `${days}天 ${clock}` : clock
}

/** What a line of the public list says: 「马克杯 ×2，帆布袋 ×1」. */
export function describeEntryLines(lines: readonly JielongEntryLine[]): string {
  return lines.map((line) => `${line.title} ×${line.quantity}`).join('，')
}

/** The cheapest of a 接龙's goods, in fen (what 「¥9.90起」 says), or null when it lists none. */
export function lowestPrice(items: ReadonlyArray<Pick<JielongItem, 'price'>>): number | null {
  return items.length > 0 ? Math.min(...items.map((item) => item.price)) : null
}

/** The page a 接龙 card opens. */
export const JIELONG_PAGE = 'packages/jielong/pages/detail/index'

/**
 * The chat card: its path carries src=jielong (so the visits it brings count as source jielong
 * in stats), the store and the sharer; its title says the price and how many joined.
 */
export function jielongShareCard(
  jielong: Pick<Jielong, 'id' | 'storeId' | 'title' | 'participants' | 'items'>,
  sharer: string | null,
): { title: string; query: Record<string, string> } {
  const query: Record<string, string> = { id: jielong.id, storeId: jielong.storeId, src: 'jielong' }
  if (sharer) query.sharer = sharer
  const from = lowestPrice(jielong.items)
  const parts = [`【接龙】${jielong.title}`]
  if (from !== null) parts.push(`${formatFen(from)}起`)
  parts.push(jielong.participants > 0 ? `已有${jielong.participants}人参加` : '快来参加')
  return { title: parts.join(' · '), query }
}

/** The sheet as plain text, one pickup point after another (to paste into a chat). */
export function sheetText(sheet: JielongSheet): string {
  const lines = (items: readonly SheetLine[]) => items.map((line) => `${line.title} ×${line.quantity}`).join('，')
  const out = [`${sheet.title} 备货单`, `合计：${lines(sheet.totals) || '无'}`]
  for (const group of sheet.byPickupPoint) {
    out.push('', `【${group.name}】${group.address} ${lines(group.totals)}`)
    for (const entry of group.entries) out.push(`${entry.no}. ${entry.buyerName} ${entry.telNumber} ${lines(entry.lines)}${entry.address ? ` ${entry.address}` : ''}`)
  }
  return out.join('\n')
}

/** merchant.exportJielongSheet's answer: the sheet as a file behind a link that expires. */
export interface JielongSheetExport {
  url: string
  fileName: string
  /** Lines written, the header not counted (entry lines, subtotals and totals). */
  rows: number
  /** Paid entries on the sheet. */
  entries: number
  expiresAt: string
}
