// 客服: the chat function's calls (DESIGN.md 3b), typed.
import type { ChatMessage, ChatMessageKind, ChatOrderCard, Conversation } from '@/domain/chat'
import type { Page } from '@/domain/envelope'
import { callCloud } from './cloud'

export interface OutgoingMessage {
  kind: ChatMessageKind
  text?: string
  imageUrl?: string
  productId?: string
  orderId?: string
}

export function openConversation(target: { storeId: string; productId?: string; orderId?: string }): Promise<Conversation> {
  return callCloud('chat', 'open', { ...target })
}

/** Safe to repeat: the clientId makes a resend store nothing new. */
export function sendMessage(conversationId: string, message: OutgoingMessage, clientId: string): Promise<ChatMessage> {
  return callCloud('chat', 'send', { conversationId, ...message, clientId }, { retries: 1 })
}

export function listMessages(conversationId: string, cursor?: string | null): Promise<Page<ChatMessage>> {
  return callCloud('chat', 'list', { conversationId, ...(cursor ? { cursor } : {}) }, { retries: 0 })
}

export function markRead(conversationId: string): Promise<{ unread: 0 }> {
  return callCloud('chat', 'read', { conversationId })
}

/** Without storeId: the caller's own conversations; with it: that store's inbox. */
export async function listConversations(storeId?: string): Promise<Conversation[]> {
  return (await callCloud('chat', 'conversations', storeId ? { storeId } : {}, { retries: 0 })).items
}

export async function recentOrders(conversationId: string): Promise<ChatOrderCard[]> {
  return (await callCloud('chat', 'recentOrders', { conversationId })).items
}

export async function listQuickReplies(storeId: string): Promise<string[]> {
  return (await callCloud('chat', 'listQuickReplies', { storeId })).items
}

export async function saveQuickReplies(storeId: string, replies: string[]): Promise<string[]> {
  return (await callCloud('chat', 'saveQuickReplies', { storeId, replies })).items
}
