// A paged list of store posts with its loading, empty, failed and end-of-list states.
import { Text, View } from '@tarojs/components'
import type { Post } from '@/domain/post'
import type { PagedList } from '@/hooks/use-paged-list'
import { PostCard } from './post-card'
import { EmptyState, ErrorState, ListFooter } from './state-views'

export function PostList({ list, emptyTitle, emptyHint, showStore }: { list: PagedList<Post>; emptyTitle: string; emptyHint?: string; showStore?: boolean }) {
  if (list.status === 'idle' || list.status === 'loading') return <Text className='post-list__loading state-view'>加载中…</Text>
  if (list.status === 'error' && list.items.length === 0 && list.error) return <ErrorState error={list.error} onRetry={list.retry} />
  if (list.status === 'ready' && list.items.length === 0) return <EmptyState title={emptyTitle} hint={emptyHint} />
  return (
    <View className='post-list'>
      {list.items.map((post) => (
        <PostCard key={post.id} post={post} showStore={showStore} />
      ))}
      <ListFooter list={list} />
    </View>
  )
}
