// The product page and the store home, opened from a live room (the room page's goods carry
// src=live&room=R, pages the live plugin opens its custom_params), record that arrival
// themselves: see liveArrivalQuery and recordLiveArrival. Pages only, not the app: the live
// domain stays out of the app's first-load script.
import { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { liveArrivalQuery } from '@/domain/live'
import { recordLiveArrival } from '@/store/entry'

export function useLiveArrival(): void {
  const router = useRouter()
  useEffect(() => {
    const query = liveArrivalQuery(router.params)
    if (query) void recordLiveArrival(router.path, query)
  }, [router])
}
