// Live comments as the room shows them: who wrote one is never revealed, only a stable alias.
import { createHash } from 'node:crypto'
import type { LiveComment } from '../../src/domain/live'
import type { comments } from '../db/schema'

type CommentRow = typeof comments.$inferSelect

/** "观众 7k2q": the same shopper keeps the same alias in a room, and it differs between rooms. */
export function viewerAlias(roomId: string, openid: string): string {
  const digest = createHash('sha256').update(`${roomId}:${openid}`).digest()
  return `观众 ${digest.readUInt32BE(0).toString(36).slice(0, 4)}`
}

export function toLiveComment(row: CommentRow, openid?: string | null): LiveComment {
  return {
    id: row.id,
    roomId: row.targetId,
    text: row.text,
    status: row.status === 'held' ? 'held' : 'visible',
    author: viewerAlias(row.targetId, row.authorOpenid),
    mine: !!openid && row.authorOpenid === openid,
    createdAt: row.createdAt.toISOString(),
  }
}
