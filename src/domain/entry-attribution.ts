// Which arrival an order is credited to: the last non-direct entry wins for 24 hours, so a
// shopper who came from a Weibo link and returns the same evening from the recent list still
// counts for Weibo; after that, or when nothing but direct arrivals happened, the latest one.
import type { Entry } from './entry'

export const ATTRIBUTION_WINDOW_MS = 24 * 60 * 60 * 1000

/** One arrival on this device; visitId arrives once the cloud has recorded it. */
export interface Arrival {
  launchId: string
  entry: Entry
  /** Epoch milliseconds of the arrival. */
  at: number
  visitId?: string
}

export interface AttributionState {
  latest: Arrival | null
  /** The last arrival that was not direct. */
  credited: Arrival | null
}

export const NO_ARRIVALS: AttributionState = { latest: null, credited: null }

export function arrive(state: AttributionState, arrival: Arrival): AttributionState {
  return { latest: arrival, credited: arrival.entry.source === 'direct' ? state.credited : arrival }
}

/**
 * The cloud's answer for a launch: its visit id, and the entry as the cloud resolved it (a
 * code's campaign and store are known only there). It replaces what the device guessed.
 */
export function recorded(state: AttributionState, launchId: string, visitId: string, entry: Entry): AttributionState {
  const fill = (arrival: Arrival | null) => (arrival && arrival.launchId === launchId ? { ...arrival, visitId, entry } : arrival)
  const credited = fill(state.credited)
  // Both sides read launches with the same codec, so they agree on direct or not; should
  // they ever differ, the cloud's word is the one orders will be checked against.
  return { latest: fill(state.latest), credited: credited && credited.entry.source === 'direct' ? null : credited }
}

/** The arrival an order placed at `now` is credited to. */
export function currentArrival(state: AttributionState, now: number): Arrival | null {
  const { credited, latest } = state
  if (credited && now - credited.at >= 0 && now - credited.at <= ATTRIBUTION_WINDOW_MS) return credited
  return latest
}
