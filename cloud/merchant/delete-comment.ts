import { and, eq, ne } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { comments } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { requireOwnStore } from './own-store'
import { WRITES } from '../limits/rate-limit'

/**
 * Deletes a live comment or post comment on the merchant's own store; from then on no shopper
 * sees it. A comment of another store is NOT_FOUND. Deleting twice is harmless. A review is
 * the buyer's (WeChat's transaction-guarantee rules): FORBIDDEN, answer or report it instead.
 */
export const deleteComment = defineOperation({
  input: z.object({ storeId: idSchema, commentId: idSchema }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, commentId }): Promise<{ deleted: true }> {
    const openid = requireOpenid(ctx)
    await requireOwnStore(ctx, storeId)
    const inStore = and(eq(comments.id, commentId), eq(comments.storeId, storeId))
    const [target] = await ctx.db.select({ kind: comments.kind }).from(comments).where(inStore)
    if (!target) throw new AppError('NOT_FOUND', '评论不存在')
    if (target.kind === 'review') throw new AppError('FORBIDDEN', '买家评价不能删除，可以回复或举报')
    // The kind is a row's for life, so the condition only guards a double delete's timestamp.
    await ctx.db
      .update(comments)
      .set({ status: 'deleted', deletedAt: ctx.now(), deletedBy: openid })
      .where(and(inStore, ne(comments.kind, 'review'), ne(comments.status, 'deleted')))
    return { deleted: true }
  },
})
