// post.like: one like per shopper per post. A repeat is accepted and changes nothing (the page
// shows the heart filled either way), so the count is exactly the shoppers who liked, however
// many arrive at once: the like row's primary key decides, and the count moves in the same
// transaction. At most 10 like taps per shopper per post in 10 seconds (RATE_LIMITED beyond),
// as in live rooms.
import { eq, sql } from 'drizzle-orm'
import type { Post } from '../../src/domain/post'
import { postLikes, posts } from '../db/schema'
import { hitRateLimit, WRITES } from '../limits/rate-limit'
import { RATE_LIMITS } from '../limits/rate-limits'
import { defineOperation, requireOpenid } from '../operation'
import { postIdInput } from './post-input'
import { findPost, toPost } from './post-view'

export const like = defineOperation({
  input: postIdInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { postId }): Promise<Post> {
    const openid = requireOpenid(ctx)
    await findPost(ctx.db, postId)
    const row = await ctx.db.transaction(async (tx) => {
      await hitRateLimit(tx, `post-like:${postId}:${openid}`, RATE_LIMITS.postLike, ctx.now())
      const inserted = await tx.insert(postLikes).values({ postId, openid }).onConflictDoNothing().returning({ postId: postLikes.postId })
      if (inserted.length === 0) return findPost(tx, postId)
      const [updated] = await tx
        .update(posts)
        .set({ likes: sql`${posts.likes} + 1` })
        .where(eq(posts.id, postId))
        .returning()
      return updated
    })
    return toPost(ctx.db, row, openid)
  },
})
