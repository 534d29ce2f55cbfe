// Post comments as the post page shows them: the author masked, the caller's own marked.
import { authorLabel } from '../../src/domain/comments'
import type { PostComment } from '../../src/domain/post'
import type { comments } from '../db/schema'

type CommentRow = typeof comments.$inferSelect

export function toPostComment(row: CommentRow, openid?: string | null): PostComment {
  return {
    id: row.id,
    postId: row.targetId,
    text: row.text,
    status: row.status === 'held' ? 'held' : 'visible',
    author: authorLabel(row.authorOpenid),
    mine: !!openid && row.authorOpenid === openid,
    createdAt: row.createdAt.toISOString(),
  }
}
