// entry_codes rows as the wire shows them to their store's owner.
import { LANDING_PAGE } from '../../src/domain/entry-codec'
import type { EntryCode } from '../../src/domain/entry-wire'
import type { entryCodes } from '../db/schema'

export type EntryCodeRow = typeof entryCodes.$inferSelect

export function landingUrlOf(webBase: string | null, codeId: string): string | null {
  return webBase ? `${webBase}/${LANDING_PAGE}?c=${codeId}` : null
}

export function toCodeView(row: EntryCodeRow, now: Date, webBase: string | null, shortUrl: string | null = null): EntryCode {
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
    shortUrl: row.kind === 'link' && !expired ? shortUrl : null,
    expiresAt: row.expiresAt ? row.expiresAt.toISOString() : null,
    expired,
    createdAt: row.createdAt.toISOString(),
  }
}
