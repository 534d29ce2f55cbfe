// merchant.endLiveRoom: the merchant ends a room from the console, on air or not yet started.
// Its schedule closes now and it shows as ended (103) at once; the timer's sync then follows
// the platform as for any room. Ending a room that is already over changes nothing and
// answers it as it is, so a repeated tap is harmless.
import { and, eq, inArray, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { LiveRoom } from '../../src/domain/live'
import { ENDABLE_LIVE_STATUSES, LIVE_STATUS } from '../../src/domain/live-status'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { liveRooms } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'
import { findRoom, toLiveRoom } from './room-view'

export const endLiveRoom = defineOperation({
  input: z.object({ storeId: idSchema, roomId: idSchema }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, roomId }): Promise<LiveRoom> {
    await requireOwnStore(ctx, storeId, '只能管理自己店铺的直播')
    const existing = await findRoom(ctx.db, roomId)
    if (existing.storeId !== storeId) throw new AppError('NOT_FOUND', '直播间不存在')
    const now = ctx.now()
    // Guarded on the status, so a room the platform banned or expired meanwhile stays as it is.
    const [ended] = await ctx.db
      .update(liveRooms)
      .set({
        status: LIVE_STATUS.ended,
        // A room ended before its start keeps a schedule that makes sense: it ran for no time.
        startAt: sql`least(${liveRooms.startAt}, ${now.toISOString()}::timestamptz)`,
        endAt: now,
        statusChangedAt: now,
        updatedAt: now,
      })
      .where(and(eq(liveRooms.id, roomId), inArray(liveRooms.status, [...ENDABLE_LIVE_STATUSES])))
      .returning()
    return toLiveRoom(ctx.db, ended ?? (await findRoom(ctx.db, roomId)), ctx.identity?.openid)
  },
})
