// What the console may do with each live status (the statuses by name live in live.ts, which the
// main package bundles for the banners on the home and product pages).
import { LIVE_STATUS, type LiveStatus } from './live'

export { LIVE_STATUS }

/** Rooms a merchant may still end from the console: on air, paused, failing or not yet started. */
export const ENDABLE_LIVE_STATUSES: readonly LiveStatus[] = [LIVE_STATUS.live, LIVE_STATUS.notStarted, LIVE_STATUS.paused, LIVE_STATUS.error]

export function canEndRoom(status: number): boolean {
  return (ENDABLE_LIVE_STATUSES as readonly number[]).includes(status)
}
