// 客服 conversations between a shopper and a store (chat.* in DESIGN.md 3b): the wire shapes,
// the limits both sides check, and how a thread merges pages and polls into one stable list.
import type { OrderStatus } from './order-state'

export type ChatSide = 'shopper' | 'store'
export type ChatMessageKind = 'text' | 'image' | 'product' | 'order'

export const MAX_CHAT_TEXT_LENGTH = 500
export const MAX_QUICK_REPLIES = 20
export const MAX_QUICK_REPLY_LENGTH = 200
/** How many of the shopper's orders in the store show beside the store's thread (and in the card picker). */
export const RECENT_ORDERS_SHOWN = 5

/** A product as the server saw it when the card was sent (price: the lowest SKU price, fen). */
export interface ChatProductCard {
  id: string
  title: string
  image: string
  price: number
}

/** An order as the server saw it when the card was sent. Never the address or phone. */
export interface ChatOrderCard {
  id: string
  status: OrderStatus
  total: number
  title: string
  image: string
  quantity: number
  createdAt: string
}

export interface ChatMessage {
  id: string
  conversationId: string
  from: ChatSide
  kind: ChatMessageKind
  text?: string
  imageUrl?: string
  product?: ChatProductCard
  order?: ChatOrderCard
  /** Only in the sender's own view: content security held it, or its picture was ruled risky. */
  hidden?: boolean
  /** Server order: a thread sorts on it, so pages and polls merge into one stable list. */
  seq: number
  createdAt: string
}

export interface ChatParty {
  nickname: string
  avatarUrl: string
}

export interface Conversation {
  id: string
  storeId: string
  storeName: string
  storeLogo: string
  /** The shopper as the store sees them: a nickname and avatar, never the OPENID. */
  shopper: ChatParty
  /** Messages the caller's side has not read. */
  unread: number
  lastMessage: ChatMessage | null
  /** chat.open only: the card the page offers to send (opened from a product or an order). */
  attach?: { product?: ChatProductCard; order?: ChatOrderCard }
}

/**
 * One thread from pages and polls that overlap: each message once (the latest copy wins, so a
 * pending message is replaced by the server's), oldest first by the server's order.
 */
export function mergeMessages(current: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  const byId = new Map<string, ChatMessage>()
  for (const message of current) byId.set(message.id, message)
  for (const message of incoming) byId.set(message.id, message)
  return [...byId.values()].sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The line a conversation list shows for its last message. */
export function messagePreview(message: ChatMessage | null): string {
  if (!message) return '还没有消息'
  switch (message.kind) {
    case 'text':
      return message.text ?? ''
    case 'image':
      return '[图片]'
    case 'product':
      return `[商品] ${message.product?.title ?? ''}`
    case 'order':
      return `[订单] ${message.order?.title ?? ''}`
  }
}

export function totalUnread(conversations: readonly Pick<Conversation, 'unread'>[]): number {
  return conversations.reduce((sum, conversation) => sum + conversation.unread, 0)
}

/** A badge's text: nothing for 0, 99+ beyond 99. */
export function unreadBadge(unread: number): string {
  if (unread <= 0) return ''
  return unread > 99 ? '99+' : String(unread)
}

/** A fresh client id for a message about to be sent (kept for its retries). */
export function newClientId(now = Date.now(), random = Math.random): string {
  return `c${now.toString(36)}${Math.floor(random() * 36 ** 8).toString(36).padStart(8, '0')}`
}
