// live.subscribe: 开播提醒 for a room that has not started. Asking twice keeps one request;
// the reminder goes out once, when the room goes live (see remind.ts).
import { AppError } from '../../src/domain/errors'
import { liveStatusInfo, type LiveRoom } from '../../src/domain/live'
import { liveSubscriptions } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { roomIdInput } from './room-input'
import { findRoom, toLiveRoom } from './room-view'
import { WRITES } from '../limits/rate-limit'

export const subscribe = defineOperation({
  input: roomIdInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { roomId }): Promise<LiveRoom> {
    const openid = requireOpenid(ctx)
    const room = await findRoom(ctx.db, roomId)
    if (!liveStatusInfo(room.status).subscribe) {
      const message = liveStatusInfo(room.status).onAir ? '直播已经开始，直接进去看吧' : '这场直播已不能预约提醒'
      throw new AppError('VALIDATION_FAILED', message, { status: room.status })
    }
    await ctx.db.insert(liveSubscriptions).values({ roomId, openid }).onConflictDoNothing()
    return toLiveRoom(ctx.db, room, openid)
  },
})
