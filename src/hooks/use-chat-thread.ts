// One 客服 thread on a page: the thread model (src/store/chat-thread.ts) on the chat service,
// polled with back-off while the page shows, nudged to the fastest after each send.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ChatSide } from '@/domain/chat'
import { listMessages, markRead, sendMessage, type OutgoingMessage } from '@/services/chat'
import { createThread, type ThreadState } from '@/store/chat-thread'
import { usePolling } from './use-polling'

const EMPTY: ThreadState = { messages: [], pending: [], olderCursor: null, loaded: false }

export function useChatThread(conversationId: string | null, side: ChatSide) {
  const thread = useMemo(
    () => (conversationId ? createThread({ list: listMessages, send: sendMessage, read: markRead }, conversationId, side) : null),
    [conversationId, side],
  )
  const [state, setState] = useState<ThreadState>(EMPTY)
  useEffect(() => {
    setState(thread ? thread.state() : EMPTY)
    return thread?.subscribe(setState)
  }, [thread])
  const poll = useCallback(() => (thread ? thread.poll() : Promise.resolve(false)), [thread])
  const poller = usePolling(thread ? poll : null)
  const pollerRef = useRef(poller)
  pollerRef.current = poller

  const send = useCallback(
    async (message: OutgoingMessage) => {
      if (!thread) return
      await thread.send(message)
      pollerRef.current?.nudge()
    },
    [thread],
  )
  const retry = useCallback((clientId: string) => void thread?.retry(clientId), [thread])
  const loadOlder = useCallback(() => void thread?.loadOlder().catch(() => undefined), [thread])
  return { state, send, retry, loadOlder }
}
