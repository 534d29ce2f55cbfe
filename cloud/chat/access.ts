// Who may read and write a conversation: its shopper, and the store's side through the one
// store gate (owner, and the staff roles it admits). Everyone else gets NOT_FOUND, so a
// conversation id tells a stranger nothing.
import { eq } from 'drizzle-orm'
import type { ChatSide } from '../../src/domain/chat'
import { AppError } from '../../src/domain/errors'
import type { Ctx } from '../context'
import { conversations } from '../db/schema'
import { requireOwnStore } from '../merchant/own-store'
import { requireOpenid } from '../operation'

export type ConversationRow = typeof conversations.$inferSelect

export interface Party {
  conversation: ConversationRow
  side: ChatSide
  openid: string
}

export async function requireParty(ctx: Ctx, conversationId: string): Promise<Party> {
  const openid = requireOpenid(ctx)
  const [conversation] = await ctx.db.select().from(conversations).where(eq(conversations.id, conversationId)).limit(1)
  if (!conversation) throw new AppError('NOT_FOUND', '会话不存在')
  if (conversation.shopperOpenid === openid) return { conversation, side: 'shopper', openid }
  try {
    await requireOwnStore(ctx, conversation.storeId)
  } catch (error) {
    if (error instanceof AppError && error.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', '会话不存在')
    throw error
  }
  return { conversation, side: 'store', openid }
}
