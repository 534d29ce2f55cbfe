// Where a visit came from (DESIGN.md sections 3 and 4): recorded on the visit and copied onto
// the orders it leads to, so a merchant sees which QR code, share or link sold.

export const ENTRY_SOURCES = [
  'qr',
  'wxacode',
  'share',
  'moments',
  'weibo',
  'link',
  'live',
  'ad',
  'search',
  'direct',
  // A 接龙 card shared to a chat (src=jielong).
  'jielong',
] as const

export type EntrySource = (typeof ENTRY_SOURCES)[number]

export function isEntrySource(value: unknown): value is EntrySource {
  return typeof value === 'string' && (ENTRY_SOURCES as readonly string[]).includes(value)
}

export interface Entry {
  source: EntrySource
  scene?: number
  storeId?: string
  productId?: string
  roomId?: string
  campaign?: string
  /** OPENID of the shopper who shared the path this visit arrived through. */
  sharer?: string
  /** Id of the merchant's code or link (entry_codes) the visit arrived through. */
  code?: string
  /** The ad platform's click id (gdt_vid or weixinadinfo), for ad conversion reports. */
  clickId?: string
}
