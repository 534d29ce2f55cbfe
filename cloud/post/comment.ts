// post.comment: a shopper's comment on a post, through the same content security as reviews
// and live comments: risky text is refused (CONTENT_RISKY), text needing review is kept hidden
// until the merchant approves it. Comments go in the shared comments table (kind 'post').
import { z } from 'zod'
import { MAX_POST_COMMENT_LENGTH, type PostComment } from '../../src/domain/post'
import { idSchema } from '../../src/domain/validation'
import { checkText } from '../content/check-text'
import { newId } from '../db/ids'
import { comments } from '../db/schema'
import { hitRateLimit, WRITES } from '../limits/rate-limit'
import { RATE_LIMITS } from '../limits/rate-limits'
import { textField } from '../merchant/input-fields'
import { defineOperation, requireOpenid } from '../operation'
import { toPostComment } from './comment-view'
import { findPost } from './post-view'

export const comment = defineOperation({
  input: z
    .object({
      postId: idSchema,
      text: textField('评论', MAX_POST_COMMENT_LENGTH, { required: true, multiline: true }),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { postId, text }): Promise<PostComment> {
    const openid = requireOpenid(ctx)
    const post = await findPost(ctx.db, postId)
    await hitRateLimit(ctx.db, `post-comment:${postId}:${openid}`, RATE_LIMITS.postComment, ctx.now())
    const status = await checkText(ctx, { text, openid, scene: 2, purpose: 'post_comment' })
    const [row] = await ctx.db
      .insert(comments)
      .values({ id: newId(), kind: 'post', storeId: post.storeId, targetId: postId, authorOpenid: openid, text, status })
      .returning()
    return toPostComment(row, openid)
  },
})
