// live.comment: a shopper's comment in a room, through content security: risky text is
// refused (CONTENT_RISKY), text needing review is kept hidden until the merchant approves it.
// Comments go in the shared comments table (kind 'live'), where the merchant deletes them.
import { eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { liveStatusInfo, type LiveComment } from '../../src/domain/live'
import { LIVE_COMMENT_MAX } from '../../src/domain/text-limits'
import { idSchema } from '../../src/domain/validation'
import { checkText } from '../content/check-text'
import { newId } from '../db/ids'
import { comments, liveRooms } from '../db/schema'
import { hitRateLimit, WRITES } from '../limits/rate-limit'
import { RATE_LIMITS } from '../limits/rate-limits'
import { defineOperation, requireOpenid } from '../operation'
import { toLiveComment } from './comment-view'
import { findRoom } from './room-view'
import { text } from '../../src/domain/text-schema'

export const comment = defineOperation({
  input: z
    .object({
      roomId: idSchema,
      text: text({ max: LIVE_COMMENT_MAX, min: 1, trim: true }),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { roomId, text }): Promise<LiveComment> {
    const openid = requireOpenid(ctx)
    const room = await findRoom(ctx.db, roomId)
    if (!liveStatusInfo(room.status).comment) {
      throw new AppError('VALIDATION_FAILED', '这个直播间现在不能评论', { status: room.status })
    }
    await hitRateLimit(ctx.db, `live-comment:${roomId}:${openid}`, RATE_LIMITS.liveComment, ctx.now())
    const status = await checkText(ctx, { text, openid, scene: 2, purpose: 'live_comment' })
    const row = await ctx.db.transaction(async (tx) => {
      const [inserted] = await tx
        .insert(comments)
        .values({ id: newId(), kind: 'live', storeId: room.storeId, targetId: roomId, authorOpenid: openid, text, status })
        .returning()
      if (status === 'visible') {
        await tx
          .update(liveRooms)
          .set({ comments: sql`${liveRooms.comments} + 1` })
          .where(eq(liveRooms.id, roomId))
      }
      return inserted
    })
    return toLiveComment(row, openid)
  },
})
