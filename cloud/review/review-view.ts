import { authorLabel, type CommentStatus, type Review } from '../../src/domain/comments'
import type { comments } from '../db/schema'

export type CommentRow = typeof comments.$inferSelect

export function toReview(row: CommentRow, viewer: string | undefined): Review {
  return {
    id: row.id,
    orderId: row.orderId ?? '',
    productId: row.targetId,
    rating: row.rating ?? 5,
    text: row.text,
    images: row.images,
    status: row.status as CommentStatus,
    author: authorLabel(row.authorOpenid),
    mine: viewer !== undefined && row.authorOpenid === viewer,
    createdAt: row.createdAt.toISOString(),
  }
}
