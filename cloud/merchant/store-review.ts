// The review a merchant answers or reports: one of their own store's, not deleted. Another
// store's review is NOT_FOUND, as the other comment actions answer.
import { and, eq, ne } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import type { Ctx } from '../context'
import { comments } from '../db/schema'
import type { CommentRow } from '../review/review-view'
import { requireOwnStore } from './own-store'

export async function requireStoreReview(ctx: Ctx, storeId: string, reviewId: string): Promise<CommentRow> {
  await requireOwnStore(ctx, storeId)
  const [row] = await ctx.db
    .select()
    .from(comments)
    .where(and(eq(comments.id, reviewId), eq(comments.storeId, storeId), eq(comments.kind, 'review'), ne(comments.status, 'deleted')))
    .limit(1)
  if (!row) throw new AppError('NOT_FOUND', '评价不存在')
  return row
}
