import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { MAX_REVIEW_REPORT_REASON_LENGTH } from '../../src/domain/comments'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { checkText } from '../content/check-text'
import type { Ctx } from '../context'
import { comments } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { defineOperation } from '../operation'
import type { CommentRow } from '../review/review-view'
import { textField } from './input-fields'
import { requireStoreReview } from './store-review'

/**
 * The merchant reports a buyer's review. The report is recorded; the review is hidden (held,
 * as reviews awaiting review are) only when content security rules its text risky, so a
 * merchant cannot hide an honest bad review by reporting it. The answer is the same either
 * way: the merchant learns nothing to tune reports by.
 */
export const reportReview = defineOperation({
  input: z.object({ storeId: idSchema, reviewId: idSchema, reason: textField('举报理由', MAX_REVIEW_REPORT_REASON_LENGTH, { required: true }) }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, reviewId, reason }): Promise<{ reported: true }> {
    const review = await requireStoreReview(ctx, storeId, reviewId)
    const risky = review.text !== '' && (await isRisky(ctx, review))
    await ctx.db
      .update(comments)
      .set({ reportReason: reason, reportedAt: ctx.now(), ...(risky ? { status: 'held' as const } : {}) })
      .where(eq(comments.id, reviewId))
    return { reported: true }
  },
})

/** Checked (and recorded) as the review's author's text: the verdict is about them, not the reporter. */
async function isRisky(ctx: Ctx, review: CommentRow): Promise<boolean> {
  try {
    await checkText(ctx, { text: review.text, openid: review.authorOpenid, scene: 2, purpose: 'review_report' })
    return false
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONTENT_RISKY') return true
    throw error
  }
}
