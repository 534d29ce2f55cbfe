// The app's one hook for attribution: records the launch, and a return to the foreground
// that came through a new entry (e.g. a code scanned while the app was in the background).
import { useDidShow, useLaunch } from '@tarojs/taro'
import { useRef } from 'react'
import { readLaunchOptions } from '@/services/launch-options'
import { recordLaunch, recordShow } from '@/store/entry'

export function useEntryLaunch(): void {
  const launched = useRef(false)
  useLaunch((options) => {
    launched.current = true
    void recordLaunch(readLaunchOptions(options))
  })
  useDidShow((options) => {
    // The first show belongs to the launch.
    if (launched.current) void recordShow(readLaunchOptions(options))
  })
}
