// Where this shopper came from. Every launch is reported once (recordVisit, keyed by a launch
// id); the store keeps the arrivals so checkout can name the visit an order is credited to:
// the last non-direct one within 24 hours, else the latest (see domain/entry-attribution).
// Also whether this launch is Moments' read-only single-page mode, and whom to share as.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { Entry } from '@/domain/entry'
import { arrive, currentArrival, NO_ARRIVALS, recorded, type AttributionState } from '@/domain/entry-attribution'
import {
  isBrowseOnly,
  LANDING_PAGE,
  normalizePath,
  normalizeQuery,
  parseLaunch,
  sceneNumberOf,
  type LaunchOptions,
} from '@/domain/entry-codec'
import { recordVisit, type VisitReport } from '@/services/entry'
import { afterPageLoad } from '@/services/after-page-load'
import { personal, personalStorage } from './personal-storage'

interface EntryState extends AttributionState {
  /** The id to put in `sharer` of paths this shopper shares (from the cloud); null until known. */
  sharer: string | null
  /** A random id for this device, used only for visits without identity (single-page mode). */
  deviceId: string
  /** Opened from Moments (scene 1154): read-only, no login, payment or navigation. */
  browseOnly: boolean
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** Not a secret, only unique enough: launch ids are scoped to the caller by the cloud. */
function randomId(length: number): string {
  let id = ''
  for (let i = 0; i < length; i++) id += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]
  return id
}

export const useEntry = personal(
  create<EntryState>()(
    persist(
      (): EntryState => ({ ...NO_ARRIVALS, sharer: null, deviceId: randomId(24), browseOnly: false }),
      {
        name: 'xiaodian.entry',
        version: 1,
        storage: createJSONStorage(() => personalStorage),
        partialize: (state) => ({ latest: state.latest, credited: state.credited, sharer: state.sharer, deviceId: state.deviceId }),
      },
    ),
  ),
)

const silent = () => undefined

/** What recordVisit accepts, cut from whatever the platform handed over; never refused. */
export function visitReport(options: LaunchOptions, launchId: string, anonymousId: string): VisitReport {
  const report: VisitReport = { launchId, anonymousId }
  const scene = sceneNumberOf(options.scene)
  if (scene !== undefined) report.scene = scene
  const path = normalizePath(options.path)
  if (path) report.path = path.slice(0, 256)
  const query = Object.entries(normalizeQuery(options.query, silent))
    .filter(([key, value]) => key.length <= 64 && value.length <= 1024)
    .slice(0, 30)
  if (query.length) report.query = Object.fromEntries(query)
  if (typeof options.apiCategory === 'string') report.apiCategory = options.apiCategory.slice(0, 32)
  const referrer = options.referrerInfo as { appId?: unknown; extraData?: unknown } | undefined
  if (referrer && typeof referrer === 'object') {
    const extra = Object.entries(normalizeQuery(referrer.extraData, silent))
      .filter(([key, value]) => key.length <= 64 && value.length <= 256)
      .slice(0, 30)
    report.referrerInfo = {}
    if (typeof referrer.appId === 'string') report.referrerInfo.appId = referrer.appId.slice(0, 64)
    if (extra.length) report.referrerInfo.extraData = Object.fromEntries(extra)
  }
  return report
}

let lastOptionsKey: string | null = null
const keyOf = (options: LaunchOptions) =>
  JSON.stringify([sceneNumberOf(options.scene) ?? null, normalizePath(options.path) ?? '', normalizeQuery(options.query, silent)])

/**
 * Records one arrival: a launch, a hot start with a new entry, or an in-app one (e.g. entering
 * a live room). Attribution is best effort: a failure is logged, never thrown at the app.
 */
export async function recordEntry(options: LaunchOptions, at: number = Date.now()): Promise<void> {
  if (normalizePath(options.path) === LANDING_PAGE) return
  const entry: Entry = parseLaunch(options)
  const launchId = randomId(16)
  lastOptionsKey = keyOf(options)
  useEntry.setState((state) => arrive(state, { launchId, entry, at }))
  try {
    // The report can wait for the page: on H5 it waits for load and idle (after-page-load.h5.ts).
    await afterPageLoad()
    const visit = await recordVisit(visitReport(options, launchId, useEntry.getState().deviceId))
    useEntry.setState((state) => ({ ...recorded(state, launchId, visit.visitId, visit.entry), sharer: visit.sharer ?? state.sharer }))
  } catch (error) {
    console.warn('[entry] 访问记录失败，本次来源未计入', error)
  }
}

/** A cold start: sets single-page mode, then records the arrival. */
export function recordLaunch(options: LaunchOptions, at?: number): Promise<void> {
  useEntry.setState({ browseOnly: isBrowseOnly(options) })
  return recordEntry(options, at)
}

/** The app came back to the foreground: a new entry (a code scanned meanwhile) is an arrival. */
export function recordShow(options: LaunchOptions, at?: number): Promise<void> {
  if (keyOf(options) === lastOptionsKey) return Promise.resolve()
  if (parseLaunch(options, silent).source === 'direct') {
    lastOptionsKey = keyOf(options)
    return Promise.resolve()
  }
  return recordEntry(options, at)
}

/**
 * A page opened inside the app from a live room (useLiveArrival, with liveArrivalQuery's query):
 * no launch or show reports it, so the page does. Not again while the latest arrival already is
 * this room: the launch itself, when the page was opened from outside, or an earlier good.
 */
export function recordLiveArrival(path: string, query: Record<string, string>, at?: number): Promise<void> {
  if (useEntry.getState().latest?.entry.roomId === query.room) return Promise.resolve()
  return recordEntry({ path, query }, at)
}

/** What checkout passes to order.create as visitId (undefined until a visit is recorded). */
export function checkoutVisitId(now: number = Date.now()): string | undefined {
  return currentArrival(useEntry.getState(), now)?.visitId
}

/** The entry an order placed now would be credited to. */
export function currentEntry(now: number = Date.now()): Entry | null {
  return currentArrival(useEntry.getState(), now)?.entry ?? null
}
