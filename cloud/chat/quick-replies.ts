// The store's quick replies: saved in the console, tapped into the thread's input. Store-side
// only, through the store gate (owner, and the staff it admits to answer conversations).
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { MAX_QUICK_REPLIES, MAX_QUICK_REPLY_LENGTH } from '../../src/domain/chat'
import { idSchema } from '../../src/domain/validation'
import { quickReplies } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { textField } from '../merchant/input-fields'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'

export const saveQuickReplies = defineOperation({
  input: z
    .object({
      storeId: idSchema,
      replies: z.array(textField('快捷回复', MAX_QUICK_REPLY_LENGTH, { required: true, multiline: true })).max(MAX_QUICK_REPLIES, `快捷回复最多 ${MAX_QUICK_REPLIES} 条`),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<{ items: string[] }> {
    const store = await requireOwnStore(ctx, input.storeId)
    // The merchant's own words, shown only to the store's side: no content check, as for notes.
    const replies = [...new Set(input.replies)]
    await ctx.db
      .insert(quickReplies)
      .values({ storeId: store.id, replies, updatedAt: ctx.now() })
      .onConflictDoUpdate({ target: quickReplies.storeId, set: { replies, updatedAt: ctx.now() } })
    return { items: replies }
  },
})

export const listQuickReplies = defineOperation({
  input: z.object({ storeId: idSchema }).strict(),
  access: 'user',
  async run(ctx, input): Promise<{ items: string[] }> {
    const store = await requireOwnStore(ctx, input.storeId)
    const [row] = await ctx.db.select({ replies: quickReplies.replies }).from(quickReplies).where(eq(quickReplies.storeId, store.id))
    return { items: row?.replies ?? [] }
  },
})
