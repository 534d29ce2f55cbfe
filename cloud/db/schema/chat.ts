// 客服: one conversation per shopper and store, its messages, and the store's saved quick replies.
import { index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import type { ChatOrderCard, ChatProductCard } from '../../../src/domain/chat'
import { at, createdAt, seq, updatedAt } from './columns'

export const conversations = pgTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    storeId: text('store_id').notNull(),
    shopperOpenid: text('shopper_openid').notNull(),
    /**
     * Messages each side has not read yet. Counters (not a count of rows) so the inbox reads
     * them in one row; every send adds 1 in the same transaction as its insert, under the row's
     * lock, and chat.read sets the reader's side to 0, so concurrent sends never lose a count.
     */
    shopperUnread: integer('shopper_unread').notNull().default(0),
    storeUnread: integer('store_unread').notNull().default(0),
    lastMessageId: text('last_message_id'),
    lastMessageAt: at('last_message_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('conversations_store_shopper_idx').on(t.storeId, t.shopperOpenid),
    index('conversations_store_last_idx').on(t.storeId, t.lastMessageAt.desc().nullsFirst(), t.seq.desc().nullsFirst()),
    index('conversations_shopper_last_idx').on(t.shopperOpenid, t.lastMessageAt.desc().nullsFirst(), t.seq.desc().nullsFirst()),
  ],
)

export const chatMessages = pgTable(
  'chat_messages',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    conversationId: text('conversation_id').notNull(),
    side: text('side', { enum: ['shopper', 'store'] }).notNull(),
    /** Who sent it (the shopper, or the owner or staff member answering for the store). */
    senderOpenid: text('sender_openid').notNull(),
    kind: text('kind', { enum: ['text', 'image', 'product', 'order'] }).notNull(),
    text: text('text'),
    imageUrl: text('image_url'),
    /** Cards as the server built them from ids when the message was sent. */
    product: jsonb('product').$type<ChatProductCard | null>(),
    order: jsonb('order').$type<ChatOrderCard | null>(),
    /** visible; held: content security asked for review, so only the sender sees it. */
    status: text('status', { enum: ['visible', 'held'] }).notNull().default('visible'),
    /** The sender's own id for this message: a resend with the same id stores nothing new. */
    clientId: text('client_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('chat_messages_client_idx').on(t.conversationId, t.senderOpenid, t.clientId),
    index('chat_messages_conversation_seq_idx').on(t.conversationId, t.seq.desc().nullsFirst()),
  ],
)

/** The store's saved answers, in the merchant's order. */
export const quickReplies = pgTable('quick_replies', {
  storeId: text('store_id').primaryKey(),
  replies: text('replies').array().notNull(),
  updatedAt: updatedAt(),
})
