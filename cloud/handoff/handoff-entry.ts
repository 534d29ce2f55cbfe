// A launch that carries a hand-off code is credited as the web visit it continues: its source
// (weibo or web), campaign, sharer, store and product come from the hand-off, whether it arrived
// through the URL Link (scene 1194/1167) or a scanned Mini Program code (1047–1049).
import { and, eq, gt } from 'drizzle-orm'
import type { Entry } from '../../src/domain/entry'
import { handoffCodeOf, sourceOfChannel } from '../../src/domain/handoff'
import type { Db } from '../db/client'
import { handoffs } from '../db/schema'

export async function withHandoff(db: Db, entry: Entry, visitor: string, query: Record<string, string> | undefined, now: Date): Promise<Entry> {
  const code = handoffCodeOf(query)
  if (!code) return entry
  const [handoff] = await db
    .select()
    .from(handoffs)
    .where(and(eq(handoffs.code, code), gt(handoffs.expiresAt, now)))
    .limit(1)
  if (!handoff) return entry
  const credited: Entry = { source: sourceOfChannel(handoff.source), storeId: handoff.storeId }
  if (entry.scene !== undefined) credited.scene = entry.scene
  if (handoff.productId) credited.productId = handoff.productId
  if (handoff.campaign) credited.campaign = handoff.campaign
  const sharer = handoff.sharer ?? entry.sharer
  // Opening one's own share is not a referral.
  if (sharer && sharer !== visitor) credited.sharer = sharer
  return credited
}
