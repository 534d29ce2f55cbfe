// A list of conversations kept fresh by polling with back-off while the page shows: the
// shopper's own (no storeId) or a store's inbox. A poll that changed anything counts as activity.
import { useCallback, useRef, useState } from 'react'
import type { Conversation } from '@/domain/chat'
import type { AppError } from '@/domain/errors'
import { listConversations } from '@/services/chat'
import { usePolling } from './use-polling'

export function useConversations(storeId?: string, enabled = true) {
  const [items, setItems] = useState<Conversation[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const last = useRef('')
  const poll = useCallback(async () => {
    try {
      const next = await listConversations(storeId)
      const seen = JSON.stringify(next)
      const changed = seen !== last.current
      last.current = seen
      setItems(next)
      setError(null)
      return changed
    } catch (failure) {
      setError(failure as AppError)
      return false
    }
  }, [storeId])
  usePolling(enabled ? poll : null)
  return { items, error, reload: poll }
}
