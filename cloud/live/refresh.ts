// Brings rooms up to date with the platform (status, schedule, anchor), then reminds the
// subscribers of rooms that are live. Used by the timer's sync and by a merchant's save.
import { eq, sql } from 'drizzle-orm'
import { isLiveStatus } from '../../src/domain/live'
import type { Ctx } from '../context'
import { liveRooms } from '../db/schema'
import type { KnownLiveRoom, PlatformLiveRoom } from '../platform/platform'
import { remindSubscribers } from './remind'
import type { LiveRoomRow } from './room-view'

export interface RefreshResult {
  /** Every room given, as it is now (unchanged when the platform did not report it). */
  rooms: LiveRoomRow[]
  /** Rooms the platform does not have. */
  missing: LiveRoomRow[]
  /** Rooms whose status changed. */
  changed: number
  reminders: number
}

export function knownRoom(row: Pick<LiveRoomRow, 'platformRoomId' | 'title' | 'cover' | 'anchorName' | 'startAt' | 'endAt'>): KnownLiveRoom {
  return {
    platformRoomId: row.platformRoomId,
    title: row.title,
    cover: row.cover,
    anchorName: row.anchorName,
    startAt: row.startAt,
    endAt: row.endAt,
  }
}

const validDate = (date: Date) => !Number.isNaN(date.getTime())

/** Applies one platform report to its row; the status moves only to a status we know. */
async function apply(ctx: Ctx, row: LiveRoomRow, reported: PlatformLiveRoom): Promise<LiveRoomRow> {
  const now = ctx.now()
  const status = isLiveStatus(reported.status) ? reported.status : row.status
  const [updated] = await ctx.db
    .update(liveRooms)
    .set({
      status,
      startAt: validDate(reported.startAt) ? reported.startAt : row.startAt,
      endAt: validDate(reported.endAt) ? reported.endAt : row.endAt,
      anchorName: reported.anchorName || row.anchorName,
      cover: sql`case when ${liveRooms.cover} = '' then ${reported.cover} else ${liveRooms.cover} end`,
      statusChangedAt: sql`case when ${liveRooms.status} = ${status} then ${liveRooms.statusChangedAt} else ${now.toISOString()}::timestamptz end`,
      syncedAt: now,
    })
    .where(eq(liveRooms.id, row.id))
    .returning()
  return updated ?? row
}

export async function refreshRooms(ctx: Ctx, rows: readonly LiveRoomRow[]): Promise<RefreshResult> {
  const result: RefreshResult = { rooms: [], missing: [], changed: 0, reminders: 0 }
  if (rows.length === 0) return result
  const reported = new Map((await ctx.platform.live.getRooms(rows.map(knownRoom), ctx.now())).map((room) => [room.platformRoomId, room]))
  for (const row of rows) {
    const report = reported.get(row.platformRoomId)
    if (!report) {
      result.missing.push(row)
      result.rooms.push(row)
      continue
    }
    const updated = await apply(ctx, row, report)
    if (updated.status !== row.status) result.changed++
    result.reminders += await remindSubscribers(ctx, updated)
    result.rooms.push(updated)
  }
  return result
}
