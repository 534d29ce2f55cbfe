// The three states every list and detail page has besides "ready": loading, empty, failed;
// and what sits below a paged list: loading more, a failed page to retry, or the end.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { AppError } from '@/domain/errors'
import type { PagedList } from '@/hooks/use-paged-list'
import './state-views.css'

export function GridSkeleton({ count = 6 }: { count?: number }) {
  return (
    <View className='skeleton-grid' aria-busy='true'>
      {Array.from({ length: count }, (_, i) => (
        <View key={i} className='skeleton-card'>
          <View className='skeleton-block skeleton-card__image' />
          <View className='skeleton-block skeleton-card__line' />
          <View className='skeleton-block skeleton-card__line skeleton-card__line--short' />
        </View>
      ))}
    </View>
  )
}

export const HOME_PAGE = '/pages/home/index'

/** The way out of a page with nothing to show (opened from a stale link, there is no "back"). */
export function HomeButton() {
  return (
    <Button className='state-view__home' size='mini' onClick={() => void Taro.reLaunch({ url: HOME_PAGE })}>
      返回首页
    </Button>
  )
}

/** `home`: the page shows nothing else, so it offers 返回首页. */
export function EmptyState({ title, hint, home }: { title: string; hint?: string; home?: boolean }) {
  return (
    <View className='state-view empty-state'>
      <Text className='state-view__title'>{title}</Text>
      {hint ? <Text className='state-view__hint'>{hint}</Text> : null}
      {home ? <HomeButton /> : null}
    </View>
  )
}

export function ErrorState({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  return (
    <View className='state-view error-state'>
      <Text className='state-view__title'>{error.message}</Text>
      {/* What is gone stays gone: no retry, a way out instead. */}
      {error.code === 'NOT_FOUND' ? (
        <HomeButton />
      ) : onRetry ? (
        <Button className='state-view__retry' size='mini' onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  )
}

/** Below a paged list's items; `className` adds the page's own spacing. */
export function ListFooter({ list, className }: { list: Pick<PagedList<unknown>, 'status' | 'error' | 'done' | 'items' | 'retry'>; className?: string }) {
  return (
    <View className={className ? `list-footer ${className}` : 'list-footer'}>
      {list.status === 'loading_more' ? <Text>加载中…</Text> : null}
      {list.status === 'error' && list.error ? (
        <Text className='list-footer__retry' onClick={list.retry}>
          {list.error.message}，点击重试
        </Text>
      ) : null}
      {list.done && list.items.length > 0 ? <Text>没有更多了</Text> : null}
    </View>
  )
}
