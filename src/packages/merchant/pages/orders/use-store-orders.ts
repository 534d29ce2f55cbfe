// A store's orders for one tab, with the per-status counts the tabs show.
import { useState } from 'react'
import type { OrderStatus } from '@/domain/order-state'
import { usePagedList } from '@/hooks/use-paged-list'
import { listStoreOrders } from '@/services/order'

export function useStoreOrders(storeId: string, statuses: readonly OrderStatus[], tabKey: string) {
  const [counts, setCounts] = useState<Partial<Record<OrderStatus, number>>>({})
  const list = usePagedList(async (cursor) => {
    const page = await listStoreOrders({ storeId, status: [...statuses], cursor })
    setCounts(page.counts)
    return page
  }, [storeId, tabKey])
  return { list, counts }
}
