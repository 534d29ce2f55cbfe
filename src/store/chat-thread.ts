// One open 客服 thread: the messages the server has, plus the caller's own messages on their
// way (sending) or stuck (failed, with a retry that reuses their clientId, so a message the
// server did store is never stored twice). Polled with back-off by the page; no Taro here.
import { mergeMessages, newClientId, type ChatMessage, type ChatSide } from '@/domain/chat'
import type { Page } from '@/domain/envelope'
import type { OutgoingMessage } from '@/services/chat'

export interface PendingMessage {
  clientId: string
  message: OutgoingMessage
  state: 'sending' | 'failed'
  error?: string
}

export interface ThreadApi {
  list(conversationId: string, cursor?: string | null): Promise<Page<ChatMessage>>
  send(conversationId: string, message: OutgoingMessage, clientId: string): Promise<ChatMessage>
  read(conversationId: string): Promise<unknown>
}

export interface ThreadState {
  messages: ChatMessage[]
  pending: PendingMessage[]
  /** The cursor of the next older page, null at the beginning of the conversation. */
  olderCursor: string | null
  loaded: boolean
}

export interface Thread {
  state(): ThreadState
  subscribe(listener: (state: ThreadState) => void): () => void
  /** Fetches the newest page and merges it; answers whether it brought a message not seen before. */
  poll(): Promise<boolean>
  loadOlder(): Promise<void>
  send(message: OutgoingMessage): Promise<void>
  retry(clientId: string): Promise<void>
}

export function createThread(api: ThreadApi, conversationId: string, side: ChatSide, makeId: () => string = () => newClientId()): Thread {
  let state: ThreadState = { messages: [], pending: [], olderCursor: null, loaded: false }
  const listeners = new Set<(state: ThreadState) => void>()
  const set = (next: Partial<ThreadState>) => {
    state = { ...state, ...next }
    for (const listener of listeners) listener(state)
  }

  async function poll(): Promise<boolean> {
    const page = await api.list(conversationId)
    const known = new Set(state.messages.map((message) => message.id))
    const fresh = page.items.filter((message) => !known.has(message.id))
    const first = !state.loaded
    set({ messages: mergeMessages(state.messages, page.items), loaded: true, ...(first ? { olderCursor: page.nextCursor } : {}) })
    // Only the other side's new messages need reading; the count of our own side is theirs to clear.
    if (fresh.some((message) => message.from !== side)) await api.read(conversationId).catch(() => undefined)
    return fresh.length > 0
  }

  async function deliver(pending: PendingMessage): Promise<void> {
    try {
      const stored = await api.send(conversationId, pending.message, pending.clientId)
      set({ messages: mergeMessages(state.messages, [stored]), pending: state.pending.filter((p) => p.clientId !== pending.clientId) })
    } catch (error) {
      const message = error instanceof Error ? error.message : '发送失败'
      set({ pending: state.pending.map((p) => (p.clientId === pending.clientId ? { ...p, state: 'failed', error: message } : p)) })
    }
  }

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    poll,
    async loadOlder() {
      if (!state.olderCursor) return
      const page = await api.list(conversationId, state.olderCursor)
      set({ messages: mergeMessages(state.messages, page.items), olderCursor: page.nextCursor })
    },
    async send(message) {
      const pending: PendingMessage = { clientId: makeId(), message, state: 'sending' }
      set({ pending: [...state.pending, pending] })
      await deliver(pending)
    },
    async retry(clientId) {
      const found = state.pending.find((p) => p.clientId === clientId && p.state === 'failed')
      if (!found) return
      const again: PendingMessage = { ...found, state: 'sending', error: undefined }
      set({ pending: state.pending.map((p) => (p.clientId === clientId ? again : p)) })
      await deliver(again)
    },
  }
}
