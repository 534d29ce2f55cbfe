// Runs `poll` with back-off (src/domain/poll-backoff.ts) while the page shows; stops while it is
// hidden. `poll` answers whether it brought something new.
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
    // The caller memoises poll; options are constants. Reading them through a ref instead would
    // satisfy the lint rule at a cost in the weapp main package, where this hook is bundled.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
