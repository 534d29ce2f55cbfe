// Runs `poll` with back-off (src/domain/poll-backoff.ts) while the page shows; stops while it is
// hidden. `poll` answers whether it brought something new. A new `poll` or `options` starts a
// new poller: the caller memoises poll and passes options from a constant.
import { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import { createPoller, CHAT_POLL, type BackoffOptions, type Poller } from '@/domain/poll-backoff'

export function usePolling(poll: (() => Promise<boolean>) | null, options: BackoffOptions = CHAT_POLL): Poller | null {
  const poller = useRef<Poller | null>(null)
  const visible = useRef(true)
  useEffect(() => {
    if (!poll) return undefined
    const made = createPoller(poll, options)
    poller.current = made
    if (visible.current) made.start()
    return () => {
      made.stop()
      if (poller.current === made) poller.current = null
    }
  }, [poll, options])
  useDidShow(() => {
    // The first show comes with the mount, which has started already.
    if (!visible.current) poller.current?.start()
    visible.current = true
  })
  useDidHide(() => {
    visible.current = false
    poller.current?.stop()
  })
  return poller.current
}
