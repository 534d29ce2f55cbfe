// chat.conversations: without storeId, the caller's own conversations as a shopper; with it,
// that store's inbox, through the store gate. Most recent first; a conversation opened but
// never written in is not listed.
import { and, desc, eq, isNotNull } from 'drizzle-orm'
import { z } from 'zod'
import type { Conversation } from '../../src/domain/chat'
import { idSchema } from '../../src/domain/validation'
import { conversations as conversationRows } from '../db/schema'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation, requireOpenid } from '../operation'
import { toConversations } from './conversation-view'

/** An inbox shows this many; a store with more answers the newest first. */
export const INBOX_SIZE = 100

export const conversations = defineOperation({
  input: z.object({ storeId: idSchema.optional() }).strict(),
  access: 'user',
  async run(ctx, input): Promise<{ items: Conversation[] }> {
    const openid = requireOpenid(ctx)
    if (input.storeId) await requireOwnStore(ctx, input.storeId)
    const rows = await ctx.db
      .select()
      .from(conversationRows)
      .where(
        and(
          input.storeId ? eq(conversationRows.storeId, input.storeId) : eq(conversationRows.shopperOpenid, openid),
          isNotNull(conversationRows.lastMessageAt),
        ),
      )
      .orderBy(desc(conversationRows.lastMessageAt), desc(conversationRows.seq))
      .limit(INBOX_SIZE)
    return { items: await toConversations(ctx.db, rows, input.storeId ? 'store' : 'shopper') }
  },
})
