// A store's live rooms for banners on the store home and product pages. A banner is extra:
// when the rooms cannot be loaded the page simply shows none.
import { useEffect, useState } from 'react'
import type { LiveRoom } from '@/domain/live'
import { listRooms } from '@/services/live'

export function useLiveRooms(storeId: string | undefined): LiveRoom[] {
  const [rooms, setRooms] = useState<LiveRoom[]>([])
  useEffect(() => {
    setRooms([])
    if (!storeId) return
    let current = true
    listRooms(storeId).then(
      (found) => current && setRooms(found),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [storeId])
  return rooms
}
