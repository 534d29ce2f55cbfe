// live.like: one like, at most 10 accepted per shopper per room in 10 seconds (RATE_LIMITED
// beyond). The limit and the count change in one transaction, so a refused like costs nothing
// and the count is exactly the likes accepted, however many arrive at once.
import { eq, sql } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import { liveStatusInfo, type LiveRoom } from '../../src/domain/live'
import { LIVE_STATUS } from '../../src/domain/live-status'
import { liveRooms } from '../db/schema'
import { hitRateLimit, WRITES } from '../limits/rate-limit'
import { RATE_LIMITS } from '../limits/rate-limits'
import { defineOperation, requireOpenid } from '../operation'
import { roomIdInput } from './room-input'
import { findRoom, toLiveRoom } from './room-view'

export const like = defineOperation({
  input: roomIdInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { roomId }): Promise<LiveRoom> {
    const openid = requireOpenid(ctx)
    const room = await findRoom(ctx.db, roomId)
    if (!liveStatusInfo(room.status).like) {
      const message = room.status === LIVE_STATUS.notStarted ? '直播还没开始，开播后再来点赞吧' : '这个直播间现在不能点赞'
      throw new AppError('VALIDATION_FAILED', message, { status: room.status })
    }
    const liked = await ctx.db.transaction(async (tx) => {
      await hitRateLimit(tx, `live-like:${roomId}:${openid}`, RATE_LIMITS.liveLike, ctx.now())
      const [updated] = await tx
        .update(liveRooms)
        .set({ likes: sql`${liveRooms.likes} + 1` })
        .where(eq(liveRooms.id, roomId))
        .returning()
      return updated
    })
    return toLiveRoom(ctx.db, liked, openid)
  },
})
