// How many visits without identity (single-page mode, scene 1154) are counted. Anyone can make
// up anonymous device ids, so without a cap a script could inflate any store's visitors.
import type { Db } from '../db/client'
import { clientKeyOf } from './client-address'
import { hitRateLimit } from './rate-limit'
import { RATE_LIMITS } from './rate-limits'

/**
 * Counts one new anonymous visit against its address and its store, or throws RATE_LIMITED
 * and the visit is not recorded.
 */
export async function hitAnonymousVisitLimits(db: Db, visit: { clientIp?: string; storeId?: string }, now: Date): Promise<void> {
  await hitRateLimit(db, `visits.anon:addr:${clientKeyOf(visit.clientIp)}`, RATE_LIMITS.anonymousVisits.perAddress, now)
  if (visit.storeId) await hitRateLimit(db, `visits.anon:store:${visit.storeId}`, RATE_LIMITS.anonymousVisits.perStore, now)
}
