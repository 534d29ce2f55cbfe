import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { MAX_REVIEW_REPLY_LENGTH, type Review } from '../../src/domain/comments'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { checkText } from '../content/check-text'
import { comments } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { defineOperation, requireOpenid } from '../operation'
import { toReview } from '../review/review-view'
import { textField } from './input-fields'
import { requireStoreReview } from './store-review'

/**
 * The merchant answers a buyer's review in public (the review itself stays the buyer's and
 * cannot be deleted). Replying again replaces the answer. The text passes content security
 * like anything shoppers read: risky is CONTENT_RISKY, nothing changed.
 */
export const replyReview = defineOperation({
  input: z.object({ storeId: idSchema, reviewId: idSchema, text: textField('回复内容', MAX_REVIEW_REPLY_LENGTH, { required: true, multiline: true }) }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, reviewId, text }): Promise<Review> {
    const openid = requireOpenid(ctx)
    await requireStoreReview(ctx, storeId, reviewId)
    // A reply is published at once, so review-level text is refused like risky text would be
    // held: a merchant's answer has no one to approve it.
    const status = await checkText(ctx, { text, openid, scene: 2, purpose: 'review_reply' })
    if (status === 'held') throw new AppError('CONTENT_RISKY', '回复内容需要修改后再发布')
    const [row] = await ctx.db.update(comments).set({ replyText: text, replyAt: ctx.now() }).where(eq(comments.id, reviewId)).returning()
    return toReview(row, openid)
  },
})
