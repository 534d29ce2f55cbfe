// merchant.deletePost: takes a post of the merchant's store down for everyone; its comments go
// with it (post.get and post.listComments answer NOT_FOUND). Deleting twice is harmless.
import { and, eq, isNull } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { posts } from '../db/schema'
import { defineOperation } from '../operation'
import { requireOwnStore } from './own-store'
import { WRITES } from '../limits/rate-limit'

export const deletePost = defineOperation({
  input: z.object({ storeId: idSchema, postId: idSchema }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, postId }): Promise<{ deleted: true }> {
    await requireOwnStore(ctx, storeId)
    const inStore = and(eq(posts.id, postId), eq(posts.storeId, storeId))
    const [row] = await ctx.db
      .update(posts)
      .set({ deletedAt: ctx.now() })
      .where(and(inStore, isNull(posts.deletedAt)))
      .returning({ id: posts.id })
    if (row) return { deleted: true }
    const [found] = await ctx.db.select({ id: posts.id }).from(posts).where(inStore)
    if (!found) throw new AppError('NOT_FOUND', '动态不存在')
    return { deleted: true }
  },
})
