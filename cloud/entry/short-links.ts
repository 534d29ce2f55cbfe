// Short links for outside links: `<web>/l/<code>` instead of a long platform link. A code is
// 12 random url-safe characters (72 bits), so one cannot be guessed from another; the row
// keeps where it leads and expires with the link it stands for.
import { randomBytes } from 'node:crypto'
import { inArray } from 'drizzle-orm'
import { LANDING_PAGE } from '../../src/domain/entry-codec'
import type { Db, Tx } from '../db/client'
import { shortLinks } from '../db/schema'

export const SHORT_CODE = /^[A-Za-z0-9_-]{1,12}$/
export const SHORT_LINK_ROUTE = '/l/'

export function newShortCode(): string {
  return randomBytes(9).toString('base64url')
}

export function shortUrlOf(webBase: string, code: string): string {
  return `${webBase}${SHORT_LINK_ROUTE}${code}`
}

/**
 * Writes the short link for an outside link and answers its URL, or null when no web is
 * deployed: then nothing serves /l/ and the platform's own link is the one to hand out.
 */
export async function createShortLink(
  db: Db | Tx,
  webBase: string | null,
  link: { id: string; storeId: string; expiresAt: Date },
): Promise<string | null> {
  if (!webBase) return null
  // The same place the link's landing page URL goes, path only: the short link is served there.
  const location = `/${LANDING_PAGE}?c=${link.id}`
  // A collision in 72 random bits is not expected; a retry keeps it from ever being an error.
  for (let attempt = 0; attempt < 3; attempt++) {
    const code = newShortCode()
    const rows = await db
      .insert(shortLinks)
      .values({ code, linkId: link.id, storeId: link.storeId, location, expiresAt: link.expiresAt })
      .onConflictDoNothing()
      .returning({ code: shortLinks.code })
    if (rows.length > 0) return shortUrlOf(webBase, code)
  }
  throw new Error('could not pick a free short-link code')
}

/** The short URL of each link that has one, by link id. */
export async function shortUrlsOf(db: Db, webBase: string | null, linkIds: string[]): Promise<Map<string, string>> {
  if (!webBase || linkIds.length === 0) return new Map()
  const rows = await db
    .select({ code: shortLinks.code, linkId: shortLinks.linkId })
    .from(shortLinks)
    .where(inArray(shortLinks.linkId, linkIds))
  return new Map(rows.map((row) => [row.linkId, shortUrlOf(webBase, row.code)]))
}
