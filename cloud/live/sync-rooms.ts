// timer.syncLiveRooms: refreshes the rooms that can still change from the platform, recounts
// their visible comments, sends the 开播提醒 that became due, and hands the outbox to the
// platform. Runs on the timer; throttled to what the platform's daily quota allows.
import { and, desc, gt, inArray, notInArray, sql } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { liveRooms } from '../db/schema'
import { LIVE_STATUS } from '../../src/domain/live-status'
import { hitRateLimit } from '../limits/rate-limit'
import { deliverOutbox } from '../messages/outbox'
import { defineOperation } from '../operation'
import { refreshRooms } from './refresh'

/** Banned and expired rooms never change again. */
const FINAL_STATUSES: number[] = [LIVE_STATUS.banned, LIVE_STATUS.expired]
/** Ended rooms are followed this long (their replay may expire). */
const FOLLOW_ENDED_MS = 30 * 24 * 3_600_000
/** Rooms looked at per run, newest start first. */
const BATCH = 200

export interface SyncResult {
  skipped: boolean
  checked: number
  changed: number
  missing: number
  reminders: number
  delivered: number
}

export const syncLiveRooms = defineOperation({
  input: z.object({}).strict(),
  access: 'platform',
  async run(ctx): Promise<SyncResult> {
    const now = ctx.now()
    const interval = ctx.platform.live.minSyncIntervalMs
    if (interval > 0) {
      try {
        await hitRateLimit(ctx.db, 'live:sync', { limit: 1, windowMs: interval }, now)
      } catch (error) {
        if (error instanceof AppError && error.code === 'RATE_LIMITED') {
          return { skipped: true, checked: 0, changed: 0, missing: 0, reminders: 0, delivered: 0 }
        }
        throw error
      }
    }
    const rows = await ctx.db
      .select()
      .from(liveRooms)
      .where(and(notInArray(liveRooms.status, FINAL_STATUSES), gt(liveRooms.endAt, new Date(now.getTime() - FOLLOW_ENDED_MS))))
      .orderBy(desc(liveRooms.startAt))
      .limit(BATCH)
    if (rows.length > 0) {
      // The merchant may have deleted or approved comments since: count what shoppers see.
      await ctx.db
        .update(liveRooms)
        .set({
          comments: sql`(select count(*)::int from comments c where c.kind = 'live' and c.target_id = ${liveRooms.id} and c.status = 'visible')`,
        })
        .where(inArray(liveRooms.id, rows.map((row) => row.id)))
    }
    const result = await refreshRooms(ctx, rows)
    const delivery = await deliverOutbox(ctx)
    return {
      skipped: false,
      checked: rows.length,
      changed: result.changed,
      missing: result.missing.length,
      reminders: result.reminders,
      delivered: delivery.sent,
    }
  },
})
