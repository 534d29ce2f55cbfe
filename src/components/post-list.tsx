// A paged list of store posts with its loading, empty, failed and end-of-list states.
import { Text, View } from '@tarojs/components'
import type { Post } from '@/domain/post'
import type { PagedList } from '@/hooks/use-paged-list'
import { PostCard } from './post-card'
import { EmptyState, ErrorState } from './state-views'
import './product-grid.css'

export function PostList({ list, emptyTitle, emptyHint, showStore }: { list: PagedList<Post>; emptyTitle: string; emptyHint?: string; showStore?: boolean }) {
  if (list.status === 'loading') return <Text className='post-list__loading state-view'>加载中…</Text>
  if (list.status === 'error' && list.items.length === 0 && list.error) return <ErrorState error={list.error} onRetry={list.retry} />
  if (list.status === 'ready' && list.items.length === 0) return <EmptyState title={emptyTitle} hint={emptyHint} />
  return (
    <View className='post-list'>
      {list.items.map((post) => (
        <PostCard key={post.id} post={post} showStore={showStore} />
      ))}
      <View className='product-grid__more'>
        {list.status === 'loading_more' ? <Text>加载中…</Text> : null}
        {list.status === 'error' && list.error ? (
          <Text className='product-grid__retry' onClick={list.retry}>
            {list.error.message}，点击重试
          </Text>
        ) : null}
        {list.done && list.items.length > 0 ? <Text>没有更多了</Text> : null}
      </View>
    </View>
  )
}
