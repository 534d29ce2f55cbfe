// The URL Link a hand-off continues through, one per page and query (target, src, campaign,
// sharer): urllink.generate has a daily cap, so visitors of the same page share a link and
// their own code rides on it as the custom parameter. Renewed a day before it would expire.
import { and, eq, gt } from 'drizzle-orm'
import { toQueryString } from '../../src/domain/entry-codec'
import type { Ctx } from '../context'
import { handoffLinks } from '../db/schema'

const DAY_MS = 86_400_000
/** WeChat refuses expiry beyond 30 days by its own clock; stay inside it. */
const LINK_LIFETIME_MS = 30 * DAY_MS - 5 * 60_000
const RENEW_BEFORE_MS = DAY_MS

export async function handoffLink(ctx: Ctx, page: string, query: Record<string, string>): Promise<string> {
  const now = ctx.now()
  const key = `${page}?${toQueryString(query)}`
  const [cached] = await ctx.db
    .select({ url: handoffLinks.url })
    .from(handoffLinks)
    .where(and(eq(handoffLinks.key, key), gt(handoffLinks.expiresAt, new Date(now.getTime() + RENEW_BEFORE_MS))))
    .limit(1)
  if (cached) return cached.url
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS)
  const { url } = await ctx.platform.entryLinks.createUrlLink({ page, query, expiresAt })
  await ctx.db
    .insert(handoffLinks)
    .values({ key, url, expiresAt })
    .onConflictDoUpdate({ target: handoffLinks.key, set: { url, expiresAt } })
  return url
}
