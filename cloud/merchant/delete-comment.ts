import { and, eq, ne } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { comments } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { requireOwnStore } from './own-store'
import { WRITES } from '../limits/rate-limit'

/**
 * Deletes a review, live comment or post comment on the merchant's own store; from then on
 * no shopper sees it. A comment of another store is NOT_FOUND. Deleting twice is harmless.
 */
export const deleteComment = defineOperation({
  input: z.object({ storeId: idSchema, commentId: idSchema }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, commentId }): Promise<{ deleted: true }> {
    const openid = requireOpenid(ctx)
    await requireOwnStore(ctx, storeId)
    const inStore = and(eq(comments.id, commentId), eq(comments.storeId, storeId))
    const [row] = await ctx.db
      .update(comments)
      .set({ status: 'deleted', deletedAt: ctx.now(), deletedBy: openid })
      .where(and(inStore, ne(comments.status, 'deleted')))
      .returning({ id: comments.id })
    if (row) return { deleted: true }
    const [found] = await ctx.db.select({ id: comments.id }).from(comments).where(inStore)
    if (!found) throw new AppError('NOT_FOUND', '评论不存在')
    return { deleted: true }
  },
})
