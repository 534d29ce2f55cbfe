// chat.recentOrders: the conversation's shopper's latest orders in its store, as cards. Beside
// the store's thread (who is asking, what did they buy) and in the shopper's card picker. Cards
// carry no address or phone: a service agent answering questions does not need them.
import { and, desc, eq } from 'drizzle-orm'
import { z } from 'zod'
import { RECENT_ORDERS_SHOWN, type ChatOrderCard } from '../../src/domain/chat'
import { idSchema } from '../../src/domain/validation'
import { orders } from '../db/schema'
import { defineOperation } from '../operation'
import { requireParty } from './access'
import { orderCard } from './cards'

export const recentOrders = defineOperation({
  input: z.object({ conversationId: idSchema }).strict(),
  access: 'user',
  async run(ctx, input): Promise<{ items: ChatOrderCard[] }> {
    const { conversation } = await requireParty(ctx, input.conversationId)
    const rows = await ctx.db
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.storeId, conversation.storeId), eq(orders.buyerOpenid, conversation.shopperOpenid)))
      .orderBy(desc(orders.seq))
      .limit(RECENT_ORDERS_SHOWN)
    const items: ChatOrderCard[] = []
    for (const row of rows) items.push(await orderCard(ctx.db, conversation.storeId, conversation.shopperOpenid, row.id))
    return { items }
  },
})
