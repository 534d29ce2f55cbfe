// How many visits without identity (single-page mode, scene 1154) are counted. Anyone can make
// up anonymous device ids, so without a cap a script could inflate any store's visitors.
import type { Db } from '../db/client'
import { clientKeyOf } from './client-address'
import { hitRateLimit, type RateLimit } from './rate-limit'

export const ANONYMOUS_VISIT_LIMITS = {
  /**
   * New anonymous visits from one address (an IPv6 /64). A person browsing shared posts opens a
   * few pages a minute; the margin is for a handful of people behind one carrier NAT.
   */
  perAddress: { limit: 30, windowMs: 60_000 },
  /** New anonymous visits credited to one store, from all addresses together. */
  perStore: { limit: 120, windowMs: 60_000 },
} satisfies Record<string, RateLimit>

/**
 * Counts one new anonymous visit against its address and its store, or throws RATE_LIMITED
 * and the visit is not recorded.
 */
export async function hitAnonymousVisitLimits(db: Db, visit: { clientIp?: string; storeId?: string }, now: Date): Promise<void> {
  await hitRateLimit(db, `visits.anon:addr:${clientKeyOf(visit.clientIp)}`, ANONYMOUS_VISIT_LIMITS.perAddress, now)
  if (visit.storeId) await hitRateLimit(db, `visits.anon:store:${visit.storeId}`, ANONYMOUS_VISIT_LIMITS.perStore, now)
}
