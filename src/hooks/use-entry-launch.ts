// The app's one hook for attribution: records the launch, and a return to the foreground
// that came through a new entry (e.g. a code scanned while the app was in the background).
import Taro, { useDidShow, useLaunch } from '@tarojs/taro'
import { handoffCodeOf } from '@/domain/handoff'
import { useRef } from 'react'
import { readLaunchOptions } from '@/services/launch-options'
import { recordLaunch, recordShow } from '@/store/entry'

export function useEntryLaunch(): void {
  const launched = useRef(false)
  useLaunch((options) => {
    launched.current = true
    const launch = readLaunchOptions(options)
    // Opened through a web visitor's hand-off: once the visit is recorded (checkout credits
    // it), restore what they chose.
    const handoff = handoffCodeOf(launch.query as Record<string, string> | undefined)
    void recordLaunch(launch).then(() => {
      if (handoff) void Taro.navigateTo({ url: `/packages/order/pages/handoff/index?code=${handoff}` })
    })
  })
  useDidShow((options) => {
    // The first show belongs to the launch.
    if (launched.current) void recordShow(readLaunchOptions(options))
  })
}
