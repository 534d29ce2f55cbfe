// chat.read: the caller's side has read the conversation; only its own count goes to 0.
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { idSchema } from '../../src/domain/validation'
import { conversations } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { defineOperation } from '../operation'
import { requireParty } from './access'

export const read = defineOperation({
  input: z.object({ conversationId: idSchema }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<{ unread: 0 }> {
    const { conversation, side } = await requireParty(ctx, input.conversationId)
    await ctx.db
      .update(conversations)
      .set(side === 'shopper' ? { shopperUnread: 0 } : { storeUnread: 0 })
      .where(eq(conversations.id, conversation.id))
    return { unread: 0 }
  },
})
