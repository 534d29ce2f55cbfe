// chat.send: one message from either side. The client's `clientId` makes a resend (after a
// timeout, or a retry tap) return the message already stored instead of storing another.
import { and, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { MAX_CHAT_TEXT_LENGTH, type ChatMessage, type ChatOrderCard, type ChatProductCard } from '../../src/domain/chat'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { alertStore } from '../alerts/alert-store'
import { checkText } from '../content/check-text'
import type { Db, Tx } from '../db/client'
import { newId } from '../db/ids'
import { chatMessages, conversations } from '../db/schema'
import { hitRateLimit, WRITES } from '../limits/rate-limit'
import { RATE_LIMITS } from '../limits/rate-limits'
import { checkNewImages } from '../media/check-images'
import { imageRefSchema, textField } from '../merchant/input-fields'
import { defineOperation } from '../operation'
import { requireParty, type Party } from './access'
import { orderCard, productCard } from './cards'
import { toMessage } from './message-view'

const FIELD_OF = { text: 'text', image: 'imageUrl', product: 'productId', order: 'orderId' } as const

export const send = defineOperation({
  input: z
    .object({
      conversationId: idSchema,
      kind: z.enum(['text', 'image', 'product', 'order']),
      text: textField('消息', MAX_CHAT_TEXT_LENGTH, { multiline: true }).optional(),
      imageUrl: imageRefSchema.optional(),
      productId: idSchema.optional(),
      orderId: idSchema.optional(),
      clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'clientId 应为 8–64 位字母、数字、- 或 _'),
    })
    .strict()
    .superRefine((input, issues) => {
      const field = FIELD_OF[input.kind]
      if (input[field] === undefined || input[field] === '') {
        issues.addIssue({ code: 'custom', path: [field], message: input.kind === 'text' ? '请输入消息' : '必填' })
      }
      for (const other of Object.values(FIELD_OF)) {
        if (other !== field && input[other] !== undefined) issues.addIssue({ code: 'custom', path: [other], message: `${input.kind} 消息不带这个字段` })
      }
    }),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<ChatMessage> {
    const party = await requireParty(ctx, input.conversationId)
    const again = await sentBefore(ctx.db, party, input.clientId)
    if (again) return sameOrMismatch(again, input)

    await hitRateLimit(ctx.db, `chat:send:${party.openid}`, RATE_LIMITS.chatMessages, ctx.now())
    const { conversation } = party
    let product: ChatProductCard | null = null
    let order: ChatOrderCard | null = null
    let status: 'visible' | 'held' = 'visible'
    if (input.kind === 'text') status = await checkText(ctx, { text: input.text!, openid: party.openid, scene: 2, purpose: 'chat' })
    if (input.kind === 'product') product = await productCard(ctx.db, conversation.storeId, input.productId!)
    if (input.kind === 'order') order = await orderCard(ctx.db, conversation.storeId, conversation.shopperOpenid, input.orderId!)
    if (input.kind === 'image') await checkNewImages(ctx, { images: [input.imageUrl], openid: party.openid, scene: 2 })

    return ctx.db.transaction(async (tx) => {
      const id = newId()
      const [row] = await tx
        .insert(chatMessages)
        .values({
          id,
          conversationId: conversation.id,
          side: party.side,
          senderOpenid: party.openid,
          kind: input.kind,
          text: input.kind === 'text' ? input.text! : null,
          imageUrl: input.imageUrl ?? null,
          product,
          order,
          status,
          clientId: input.clientId,
          createdAt: ctx.now(),
        })
        .onConflictDoNothing()
        .returning()
      // A concurrent resend with the same clientId won: answer with its message.
      if (!row) return sameOrMismatch((await sentBefore(tx, party, input.clientId))!, input)
      if (status === 'visible') {
        const storeUnread = await countUnread(tx, party, row.id, row.createdAt)
        // The store hears of a conversation once until it reads it, not of every line typed.
        if (party.side === 'shopper' && storeUnread === 1) await alertNewMessage(tx, conversation.storeId, row)
      }
      return toMessage(row)
    })
  },
})

/** The other side's unread count goes up by one, in the insert's transaction: never lost to a race. */
/** Counts the message as unread for the other side; answers the store's unread count after it. */
async function countUnread(tx: Tx, party: Party, messageId: string, at: Date): Promise<number> {
  const unread = party.side === 'shopper' ? { storeUnread: sql`${conversations.storeUnread} + 1` } : { shopperUnread: sql`${conversations.shopperUnread} + 1` }
  const [counted] = await tx
    .update(conversations)
    .set({ ...unread, lastMessageId: messageId, lastMessageAt: at })
    .where(eq(conversations.id, party.conversation.id))
    .returning({ storeUnread: conversations.storeUnread })
  return counted.storeUnread
}

async function alertNewMessage(tx: Tx, storeId: string, message: MessageRow): Promise<void> {
  const preview = message.kind === 'text' ? message.text! : { image: '[图片]', product: '[商品]', order: '[订单]' }[message.kind as 'image' | 'product' | 'order']
  await alertStore(tx, storeId, {
    kind: 'new_message',
    text: `买家消息：${preview}`.slice(0, 60),
    dedupeKey: `new-message:${message.id}`,
    now: message.createdAt,
  })
}

async function sentBefore(db: Db | Tx, party: Party, clientId: string) {
  const [row] = await db
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.conversationId, party.conversation.id), eq(chatMessages.senderOpenid, party.openid), eq(chatMessages.clientId, clientId)))
  return row
}

type MessageRow = typeof chatMessages.$inferSelect

/** The same clientId with another message is a client bug, not a resend. */
function sameOrMismatch(row: MessageRow, input: { kind: string; text?: string; imageUrl?: string; productId?: string; orderId?: string }): ChatMessage {
  const same =
    row.kind === input.kind &&
    (row.text ?? undefined) === input.text &&
    (row.imageUrl ?? undefined) === input.imageUrl &&
    (row.product?.id ?? undefined) === input.productId &&
    (row.order?.id ?? undefined) === input.orderId
  if (!same) throw new AppError('IDEMPOTENCY_MISMATCH', '这条消息的编号已用于另一条消息')
  return toMessage(row)
}

