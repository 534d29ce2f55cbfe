// post.deleteComment: the author of a post comment takes it back. Someone else's comment is
// FORBIDDEN (the store owner deletes through merchant.deleteComment); deleting twice is harmless.
import { and, eq, ne } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { comments } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { WRITES } from '../limits/rate-limit'

export const deleteComment = defineOperation({
  input: z.object({ commentId: idSchema }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { commentId }): Promise<{ deleted: true }> {
    const openid = requireOpenid(ctx)
    const postComment = and(eq(comments.id, commentId), eq(comments.kind, 'post'))
    const [row] = await ctx.db
      .update(comments)
      .set({ status: 'deleted', deletedAt: ctx.now(), deletedBy: openid })
      .where(and(postComment, eq(comments.authorOpenid, openid), ne(comments.status, 'deleted')))
      .returning({ id: comments.id })
    if (row) return { deleted: true }
    const [found] = await ctx.db.select({ author: comments.authorOpenid }).from(comments).where(postComment)
    if (!found) throw new AppError('NOT_FOUND', '评论不存在')
    if (found.author !== openid) throw new AppError('FORBIDDEN', '只能删除自己的评论')
    return { deleted: true }
  },
})
