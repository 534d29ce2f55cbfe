// One page of the comments under a live room or a post, newest first: the visible ones, plus
// the viewer's own held ones, so a shopper sees what they wrote while the merchant reviews it.
// Deleted comments are gone for everyone from the moment they are deleted.
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm'
import { pageOf } from '../catalog/cursor'
import type { Db } from '../db/client'
import { comments } from '../db/schema'

export type CommentRow = typeof comments.$inferSelect

export async function commentThreadPage(
  db: Db,
  thread: { kind: 'live' | 'post'; targetId: string },
  viewer: string | undefined,
  /** `after`: the decoded cursor (decode it first: a bad cursor is VALIDATION_FAILED before NOT_FOUND). */
  page: { after: number | null; limit: number },
): Promise<{ rows: CommentRow[]; nextCursor: string | null }> {
  const visibleToViewer = viewer
    ? or(eq(comments.status, 'visible'), and(eq(comments.status, 'held'), eq(comments.authorOpenid, viewer)))
    : eq(comments.status, 'visible')
  const where: (SQL | undefined)[] = [eq(comments.kind, thread.kind), eq(comments.targetId, thread.targetId), visibleToViewer]
  if (page.after !== null) where.push(lt(comments.seq, page.after))
  const rows = await db
    .select()
    .from(comments)
    .where(and(...where))
    .orderBy(desc(comments.seq))
    .limit(page.limit + 1)
  return pageOf(rows, page.limit)
}
