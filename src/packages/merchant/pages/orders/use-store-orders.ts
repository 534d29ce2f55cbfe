// A store's orders for one tab (or those matching a searched order number), with the
// per-status counts the tabs show.
import { useState } from 'react'
import type { OrderStatus } from '@/domain/order-state'
import { usePagedList } from '@/hooks/use-paged-list'
import { listStoreOrders } from '@/services/order'

export function useStoreOrders(storeId: string, statuses: readonly OrderStatus[], q = '') {
  const [counts, setCounts] = useState<Partial<Record<OrderStatus, number>>>({})
  const list = usePagedList(async (cursor) => {
    // A search looks through every state: the caller has a number, not a tab, in mind.
    const page = await listStoreOrders(q ? { storeId, q, cursor } : { storeId, status: [...statuses], cursor })
    setCounts(page.counts)
    return page
  }, [storeId, statuses, q])
  return { list, counts }
}
