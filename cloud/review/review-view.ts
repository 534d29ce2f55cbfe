import { authorLabel, type CommentStatus, type Review, type ReviewReply } from '../../src/domain/comments'
import type { comments } from '../db/schema'
import { splitImages } from '../media/risky-images'

export type CommentRow = typeof comments.$inferSelect

/** `risky`: images a media check ruled risky; only the review's author still sees them (flagged). */
export function toReview(row: CommentRow, viewer: string | undefined, risky: ReadonlySet<string> = new Set()): Review {
  return {
    id: row.id,
    orderId: row.orderId ?? '',
    productId: row.targetId,
    rating: row.rating ?? 5,
    text: row.text,
    ...splitImages(row.images, risky, viewer !== undefined && row.authorOpenid === viewer),
    status: row.status as CommentStatus,
    author: authorLabel(row.authorOpenid),
    mine: viewer !== undefined && row.authorOpenid === viewer,
    createdAt: row.createdAt.toISOString(),
    reply: replyOf(row),
  }
}

export function replyOf(row: CommentRow): ReviewReply | null {
  return row.replyText !== null && row.replyAt !== null ? { text: row.replyText, createdAt: row.replyAt.toISOString() } : null
}
