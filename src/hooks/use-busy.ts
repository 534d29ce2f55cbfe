// One submission at a time: a second tap while the first is on its way does nothing, even
// before React has re-rendered the button (a ref, not only state, guards it).
import { useCallback, useRef, useState } from 'react'

export function useBusy(): [busy: boolean, run: (task: () => Promise<void>) => Promise<void>] {
  const pending = useRef(false)
  const [busy, setBusy] = useState(false)
  const run = useCallback(async (task: () => Promise<void>) => {
    if (pending.current) return
    pending.current = true
    setBusy(true)
    try {
      await task()
    } finally {
      pending.current = false
      setBusy(false)
    }
  }, [])
  return [busy, run]
}
