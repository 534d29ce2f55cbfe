// chat.open: a shopper opens (or reopens) their one conversation with a store, from the store,
// a product (its card offered to send) or one of their orders there (likewise).
import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import type { Conversation } from '../../src/domain/chat'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { newId } from '../db/ids'
import { conversations, stores } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { WRITES } from '../limits/rate-limit'
import { orderCard, productCard } from './cards'
import { toConversations } from './conversation-view'

export const open = defineOperation({
  input: z.object({ storeId: idSchema, productId: idSchema.optional(), orderId: idSchema.optional() }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<Conversation> {
    const openid = requireOpenid(ctx)
    const [store] = await ctx.db.select({ id: stores.id, owner: stores.ownerOpenid }).from(stores).where(eq(stores.id, input.storeId))
    if (!store) throw new AppError('NOT_FOUND', '店铺不存在')
    // The owner answers from the inbox; a conversation with oneself would have no other side.
    if (store.owner === openid) throw new AppError('FORBIDDEN', '这是你自己的店铺，请在店铺后台的客服消息里回复顾客')
    // Cards are checked before anything is written: a refused card leaves no conversation behind.
    const attach = {
      ...(input.productId ? { product: await productCard(ctx.db, store.id, input.productId) } : {}),
      ...(input.orderId ? { order: await orderCard(ctx.db, store.id, openid, input.orderId) } : {}),
    }
    await ctx.db.insert(conversations).values({ id: newId(), storeId: store.id, shopperOpenid: openid, createdAt: ctx.now() }).onConflictDoNothing()
    const rows = await ctx.db
      .select()
      .from(conversations)
      .where(and(eq(conversations.storeId, store.id), eq(conversations.shopperOpenid, openid)))
    const [conversation] = await toConversations(ctx.db, rows, 'shopper')
    return input.productId || input.orderId ? { ...conversation, attach } : conversation
  },
})
