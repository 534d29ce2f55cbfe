// live.comment: a shopper's comment in a room, through content security: risky text is
// refused (CONTENT_RISKY), text needing review is kept hidden until the merchant approves it.
// Comments go in the shared comments table (kind 'live'), where the merchant deletes them.
import { eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { liveStatusInfo, type LiveComment } from '../../src/domain/live'
import { idSchema } from '../../src/domain/validation'
import { checkText } from '../content/check-text'
import { newId } from '../db/ids'
import { comments, liveRooms } from '../db/schema'
import { hitRateLimit, type RateLimit, WRITES } from '../limits/rate-limit'
import { defineOperation, requireOpenid } from '../operation'
import { toLiveComment } from './comment-view'
import { findRoom } from './room-view'
import { text } from '../../src/domain/text-schema'

export const MAX_COMMENT_LENGTH = 200
export const COMMENT_LIMIT: RateLimit = { limit: 5, windowMs: 10_000 }

export const comment = defineOperation({
  input: z
    .object({
      roomId: idSchema,
      text: text({ max: MAX_COMMENT_LENGTH, min: 1, trim: true }),
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
    try {
      await hitRateLimit(ctx.db, `live-comment:${roomId}:${openid}`, COMMENT_LIMIT, ctx.now())
    } catch (error) {
      if (error instanceof AppError && error.code === 'RATE_LIMITED') throw new AppError('RATE_LIMITED', '评论太快啦，稍等几秒再发', error.details)
      throw error
    }
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
