// The three states every list and detail page has besides "ready": loading, empty, failed.
import { Button, Text, View } from '@tarojs/components'
import type { AppError } from '@/domain/errors'
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

export function EmptyState({ title, hint }: { title: string; hint?: string }) {
  return (
    <View className='state-view empty-state'>
      <Text className='state-view__title'>{title}</Text>
      {hint ? <Text className='state-view__hint'>{hint}</Text> : null}
    </View>
  )
}

export function ErrorState({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  return (
    <View className='state-view error-state'>
      <Text className='state-view__title'>{error.message}</Text>
      {onRetry && error.code !== 'NOT_FOUND' ? (
        <Button className='state-view__retry' size='mini' onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  )
}
