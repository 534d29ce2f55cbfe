// Everything WeChat's single timer trigger (`tick`) runs, in order. A cloud function has one
// timer trigger, so periodic work joins this list rather than getting a trigger of its own.
// Each job runs even when an earlier one failed. Messages go last, so what the others queued
// (开播提醒, order notices) leaves in the same run.
import type { Ctx } from '../context'
import { syncLiveRooms } from '../live/sync-rooms'
import { pruneRateLimits } from '../limits/rate-limit'
import { recheckImages } from '../media/recheck-images'
import { deliverOutbox } from '../messages/outbox'
import { retryDueRefunds } from '../refund/retry-refunds'
import { expireDueOrders } from './expire-orders'
import { pruneHandoffs } from '../handoff/prune-handoffs'

export interface PeriodicJob {
  name: string
  run(ctx: Ctx): Promise<unknown>
}

export const PERIODIC_JOBS: readonly PeriodicJob[] = [
  // Unpaid orders past their window are cancelled and their stock released.
  { name: 'expired', run: async (ctx) => (await expireDueOrders(ctx, 200)).expired.length },
  // Rooms follow the live platform (throttled by the live adapter's minSyncIntervalMs) and
  // their subscribers get 开播提醒.
  { name: 'live', run: (ctx) => syncLiveRooms.run(ctx, {}) },
  // Refunds not yet confirmed are asked of the payment platform again.
  { name: 'refunds', run: (ctx) => retryDueRefunds(ctx) },
  // Images whose media check failed or whose verdict push was lost are sent again.
  { name: 'media', run: async (ctx) => (await recheckImages(ctx)).sent },
  { name: 'messages', run: (ctx) => deliverOutbox(ctx) },
  // Rate-limit keys of addresses and people long gone are forgotten.
  { name: 'rateLimits', run: (ctx) => pruneRateLimits(ctx.db, ctx.now()) },
  // Web visitors' hand-offs and the cached URL Links, once expired (nobody can open them).
  { name: 'handoffs', run: (ctx) => pruneHandoffs(ctx.db, ctx.now()) },
]

export interface JobsReport {
  /** Each job's result by name, or { error } for one that failed. */
  [job: string]: unknown
  failed: string[]
}

export async function runPeriodicJobs(ctx: Ctx, jobs: readonly PeriodicJob[] = PERIODIC_JOBS): Promise<JobsReport> {
  const report: JobsReport = { failed: [] }
  for (const job of jobs) {
    try {
      report[job.name] = await job.run(ctx)
    } catch (cause) {
      const error = cause instanceof Error ? cause.message : String(cause)
      console.warn(`[timer] ${job.name} failed: ${error}`)
      report[job.name] = { error }
      report.failed.push(job.name)
    }
  }
  return report
}
