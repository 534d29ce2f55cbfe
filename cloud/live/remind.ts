// 开播提醒: when a room is live, every subscriber not yet reminded gets one subscribe message.
// The conditional update claims the subscriptions and the outbox's dedupe key (room + shopper)
// refuses a second copy, so however often or concurrently this runs, each is reminded once.
import { and, eq, isNull } from 'drizzle-orm'
import { liveRoomPath } from '../../src/domain/live'
import { LIVE_STATUS } from '../../src/domain/live-status'
import type { Ctx } from '../context'
import { liveSubscriptions, stores } from '../db/schema'
import { enqueueMessage } from '../messages/outbox'
import type { LiveRoomRow } from './room-view'

/** The subscribe-message template chosen in the Mini Program console (直播开始提醒). */
export const LIVE_START_TEMPLATE_ID = process.env.WECHAT_TMPL_LIVE_START || 'live-start'

export function reminderKey(roomId: string, openid: string): string {
  return `live-start:${roomId}:${openid}`
}

/** thing values hold at most 20 characters. */
function thing(text: string): { value: string } {
  const chars = [...text]
  return { value: chars.length <= 20 ? text : `${chars.slice(0, 19).join('')}…` }
}

/** "2026-11-25 20:00" in China time, whatever the server's zone: the shopper reads it there. */
function chinaTime(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
}

/** Enqueues the reminders still due for a live room; returns how many were enqueued. */
export async function remindSubscribers(ctx: Ctx, room: LiveRoomRow): Promise<number> {
  if (room.status !== LIVE_STATUS.live) return 0
  const [store] = await ctx.db.select({ name: stores.name }).from(stores).where(eq(stores.id, room.storeId)).limit(1)
  return ctx.db.transaction(async (tx) => {
    const due = await tx
      .update(liveSubscriptions)
      .set({ remindedAt: ctx.now() })
      .where(and(eq(liveSubscriptions.roomId, room.id), isNull(liveSubscriptions.remindedAt)))
      .returning({ openid: liveSubscriptions.openid })
    let enqueued = 0
    for (const { openid } of due) {
      const fresh = await enqueueMessage(tx, {
        kind: 'live_start',
        touser: openid,
        templateId: LIVE_START_TEMPLATE_ID,
        page: liveRoomPath(room.id).slice(1),
        data: { thing1: thing(room.title), time2: { value: chinaTime(room.startAt) }, thing3: thing(store?.name ?? '小店') },
        dedupeKey: reminderKey(room.id, openid),
      })
      if (fresh) enqueued++
    }
    return enqueued
  })
}
