// entry_codes rows as the wire shows them to their store's owner.
import { LANDING_PAGE } from '../../src/domain/entry-codec'
import type { entryCodes } from '../db/schema'

export type EntryCodeRow = typeof entryCodes.$inferSelect

export interface EntryCodeView {
  id: string
  kind: 'qr' | 'link'
  storeId: string
  productId: string | null
  roomId: string | null
  campaign: string | null
  channel: string | null
  /** qr: the ≤ 32-character scene. */
  scene: string | null
  /** The page it opens, as WeChat reports launch paths (no leading "/"). */
  path: string
  query: Record<string, string>
  /** qr: the code's picture (cloud file id in WeChat, a served path locally). */
  image: string | null
  /** link: the URL Link (null once expired). */
  url: string | null
  /** link: the web landing page for Weibo and other browsers, when the H5 build is deployed. */
  landingUrl: string | null
  expiresAt: string | null
  expired: boolean
  createdAt: string
}

export function landingUrlOf(webBase: string | null, codeId: string): string | null {
  return webBase ? `${webBase}/${LANDING_PAGE}?c=${codeId}` : null
}

export function toCodeView(row: EntryCodeRow, now: Date, webBase: string | null): EntryCodeView {
  const expired = row.expiresAt !== null && row.expiresAt.getTime() <= now.getTime()
  return {
    id: row.id,
    kind: row.kind,
    storeId: row.storeId,
    productId: row.productId,
    roomId: row.roomId,
    campaign: row.campaign,
    channel: row.channel,
    scene: row.scene,
    path: row.path,
    query: row.query,
    // A code's picture is kept in `url` too: one column, what the code is shown as.
    image: row.kind === 'qr' ? row.url : null,
    url: row.kind === 'link' && !expired ? row.url : null,
    landingUrl: row.kind === 'link' ? landingUrlOf(webBase, row.id) : null,
    expiresAt: row.expiresAt ? row.expiresAt.toISOString() : null,
    expired,
    createdAt: row.createdAt.toISOString(),
  }
}
