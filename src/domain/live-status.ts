// The live statuses by name and what the console may do with each. Kept apart from live.ts, which
// the main package bundles (banners on the home and product pages) and which reads the statuses
// through its own table of what each one allows.
import type { LiveStatus } from './live'

/** The statuses by name, so code says which one it means. */
export const LIVE_STATUS = {
  live: 101,
  notStarted: 102,
  ended: 103,
  banned: 104,
  paused: 105,
  error: 106,
  expired: 107,
} as const satisfies Record<string, LiveStatus>

/** Rooms a merchant may still end from the console: on air, paused, failing or not yet started. */
export const ENDABLE_LIVE_STATUSES: readonly LiveStatus[] = [LIVE_STATUS.live, LIVE_STATUS.notStarted, LIVE_STATUS.paused, LIVE_STATUS.error]

export function canEndRoom(status: number): boolean {
  return (ENDABLE_LIVE_STATUSES as readonly number[]).includes(status)
}
