// Runs `poll` with back-off (src/domain/poll-backoff.ts) while the page shows; stops while it is
// hidden. `poll` answers whether it brought something new.
import { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import { createPoller, CHAT_POLL, type BackoffOptions, type Poller } from '@/domain/poll-backoff'

export function usePolling(poll: (() => Promise<boolean>) | null, options: BackoffOptions = CHAT_POLL): Poller | null {
  const poller = useRef<Poller | null>(null)
  const visible = useRef(true)
  // The caller memoises poll; the options in force when it changes are the ones used.
  const latestOptions = useRef(options)
  latestOptions.current = options
  useEffect(() => {
    if (!poll) return undefined
    const made = createPoller(poll, latestOptions.current)
    poller.current = made
    if (visible.current) made.start()
    return () => {
      made.stop()
      if (poller.current === made) poller.current = null
    }
  }, [poll])
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
