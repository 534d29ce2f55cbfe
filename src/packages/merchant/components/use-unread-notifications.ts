// The console home's badge: the store's unread alerts, read again whenever the page shows.
import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { listNotifications } from '@/services/backoffice'

export function useUnreadNotifications(storeId: string | null): number {
  const [unread, setUnread] = useState(0)
  const refresh = useCallback(() => {
    if (!storeId) return
    listNotifications(storeId, null, 1).then((page) => setUnread(page.unread), () => undefined)
  }, [storeId])
  useEffect(refresh, [refresh])
  useDidShow(refresh)
  return unread
}
