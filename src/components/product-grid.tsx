// A paged product list with its loading, empty, failed and end-of-list states.
import { View } from '@tarojs/components'
import type { Product } from '@/domain/catalog'
import type { PagedList } from '@/hooks/use-paged-list'
import { EmptyState, ErrorState, GridSkeleton, ListFooter } from './state-views'
import { WindowedProductGrid } from './windowed-grid'
import './product-grid.css'

export function ProductGrid({ list, emptyTitle, emptyHint }: { list: PagedList<Product>; emptyTitle: string; emptyHint?: string }) {
  // 'idle' is the instant before the first load starts: a skeleton, not an empty grid.
  if (list.status === 'idle' || list.status === 'loading') return <GridSkeleton />
  if (list.status === 'error' && list.items.length === 0 && list.error) return <ErrorState error={list.error} onRetry={list.retry} />
  if (list.status === 'ready' && list.items.length === 0) return <EmptyState title={emptyTitle} hint={emptyHint} />
  return (
    <View>
      <WindowedProductGrid items={list.items} />
      <ListFooter list={list} />
    </View>
  )
}
