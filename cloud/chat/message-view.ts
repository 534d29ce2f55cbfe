// Message rows as one side of the conversation sees them: what content security held, and
// pictures a media check ruled risky, reach only their sender.
import { inArray } from 'drizzle-orm'
import type { ChatMessage, ChatSide } from '../../src/domain/chat'
import type { Db, Tx } from '../db/client'
import { chatMessages } from '../db/schema'
import { riskyImages } from '../media/risky-images'

export type MessageRow = typeof chatMessages.$inferSelect

/** The rows `viewer` may see, shaped for the wire, with one media query for the whole page. */
export async function toMessages(db: Db | Tx, rows: readonly MessageRow[], viewer: ChatSide): Promise<ChatMessage[]> {
  const risky = await riskyImages(db, rows.map((row) => row.imageUrl))
  const shown: ChatMessage[] = []
  for (const row of rows) {
    const hidden = row.status === 'held' || (row.imageUrl !== null && risky.has(row.imageUrl))
    if (hidden && row.side !== viewer) continue
    shown.push(toMessage(row, hidden))
  }
  return shown
}

export function toMessage(row: MessageRow, hidden = row.status === 'held'): ChatMessage {
  return {
    id: row.id,
    conversationId: row.conversationId,
    from: row.side,
    kind: row.kind,
    ...(row.text !== null ? { text: row.text } : {}),
    ...(row.imageUrl !== null ? { imageUrl: row.imageUrl } : {}),
    ...(row.product ? { product: row.product } : {}),
    ...(row.order ? { order: row.order } : {}),
    ...(hidden ? { hidden: true } : {}),
    seq: row.seq,
    createdAt: row.createdAt.toISOString(),
  }
}

/** Last messages of many conversations in one query. */
export async function messagesById(db: Db | Tx, ids: ReadonlyArray<string | null>): Promise<Map<string, MessageRow>> {
  const wanted = ids.filter((id): id is string => !!id)
  if (wanted.length === 0) return new Map()
  const rows = await db.select().from(chatMessages).where(inArray(chatMessages.id, wanted))
  return new Map(rows.map((row) => [row.id, row]))
}
