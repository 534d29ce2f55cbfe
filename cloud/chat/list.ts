// chat.list: a conversation's messages, newest first, paged by the server's order. The thread
// polls the first page and merges it by id (src/domain/chat.ts), so nothing is missed.
import { and, desc, eq, lt } from 'drizzle-orm'
import { z } from 'zod'
import type { ChatMessage } from '../../src/domain/chat'
import type { Page } from '../../src/domain/envelope'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { decodeCursor, pageOf } from '../catalog/cursor'
import { chatMessages } from '../db/schema'
import { defineOperation } from '../operation'
import { requireParty } from './access'
import { toMessages } from './message-view'

export const list = defineOperation({
  input: z.object({ conversationId: idSchema, cursor: cursorSchema, limit: limitSchema }).strict(),
  access: 'user',
  async run(ctx, input): Promise<Page<ChatMessage>> {
    const { conversation, side } = await requireParty(ctx, input.conversationId)
    const before = decodeCursor(input.cursor)
    const rows = await ctx.db
      .select()
      .from(chatMessages)
      .where(and(eq(chatMessages.conversationId, conversation.id), before === null ? undefined : lt(chatMessages.seq, before)))
      .orderBy(desc(chatMessages.seq))
      .limit(input.limit + 1)
    const page = pageOf(rows, input.limit)
    return { items: await toMessages(ctx.db, page.rows, side), nextCursor: page.nextCursor }
  },
})
