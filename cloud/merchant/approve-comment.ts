import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { comments } from '../db/schema'
import { defineOperation } from '../operation'
import { requireOwnStore } from './own-store'
import { WRITES } from '../limits/rate-limit'

/** Shows a held comment (the content check asked for review) to shoppers. */
export const approveComment = defineOperation({
  input: z.object({ storeId: idSchema, commentId: idSchema }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, commentId }): Promise<{ id: string; status: 'visible' }> {
    await requireOwnStore(ctx, storeId)
    const inStore = and(eq(comments.id, commentId), eq(comments.storeId, storeId))
    const [row] = await ctx.db
      .update(comments)
      .set({ status: 'visible' })
      .where(and(inStore, eq(comments.status, 'held')))
      .returning({ id: comments.id })
    if (row) return { id: row.id, status: 'visible' }
    const [found] = await ctx.db.select({ status: comments.status }).from(comments).where(inStore)
    if (!found || found.status === 'deleted') throw new AppError('NOT_FOUND', '评论不存在或已删除')
    return { id: commentId, status: 'visible' }
  },
})
