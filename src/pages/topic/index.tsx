// Topic (话题) page: everything under one hashtag, in one store or across all stores.
import { Text, View } from '@tarojs/components'
import Taro, { useReachBottom, useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { normalizeHashtag } from '@/domain/hashtags'
import { ProductGrid } from '@/components/product-grid'
import { EmptyState } from '@/components/state-views'
import { usePagedList } from '@/hooks/use-paged-list'
import { listTopic } from '@/services/catalog'
import { useEntryShare } from '@/hooks/use-entry-share'
import './index.css'

export default function TopicPage() {
  const params = useRouter().params
  const tag = normalizeHashtag(decodeURIComponent(params.tag ?? ''))
  const storeId = params.storeId || undefined
  const list = usePagedList((cursor) => (tag ? listTopic({ hashtag: tag, storeId, cursor }) : Promise.resolve({ items: [], nextCursor: null })), [tag, storeId])

  const share = { target: { kind: 'topic' as const, tag: tag ?? '', storeId }, title: `#${tag ?? ''} · 小店好物` }
  useEntryShare(tag ? share : null, share)

  useEffect(() => {
    if (tag) void Taro.setNavigationBarTitle({ title: `#${tag}` })
  }, [tag])
  useReachBottom(list.loadMore)

  if (!tag) return <EmptyState title='话题不存在' />
  return (
    <View className='topic'>
      <View className='topic__header'>
        <Text className='topic__title'>#{tag}</Text>
        <Text className='topic__scope'>{storeId ? '本店' : '全部店铺'}</Text>
      </View>
      <ProductGrid list={list} emptyTitle='这个话题下还没有商品' />
    </View>
  )
}
