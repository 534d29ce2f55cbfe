// Topic (话题) page: everything under one hashtag, in one store or across all stores: products
// and posts in their own tabs, each paged, and the stores whose brand hashtags match.
import { Image, Text, View } from '@tarojs/components'
import { useReachBottom, useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Store } from '@/domain/catalog'
import { normalizeHashtag } from '@/domain/hashtags'
import { ProductGrid } from '@/components/product-grid'
import { PostList } from '@/components/post-list'
import { SectionTabs } from '@/components/section-tabs'
import { EmptyState } from '@/components/state-views'
import { usePagedList } from '@/hooks/use-paged-list'
import { listTopic, topicStores } from '@/services/catalog'
import { listPosts } from '@/services/post'
import { useEntryShare } from '@/hooks/use-entry-share'
import { setPageTitle } from '@/services/page-title'
import './index.css'
import { openStoreHome } from '@/services/navigation'

function openStore(storeId: string): void {
  openStoreHome(storeId)
}

function TopicStores({ tag }: { tag: string }) {
  const [stores, setStores] = useState<Store[]>([])
  useEffect(() => {
    topicStores(tag).then(setStores, () => setStores([]))
  }, [tag])
  if (stores.length === 0) return null
  return (
    <View className='topic__stores'>
      <Text className='topic__section-title'>店铺</Text>
      {stores.map((store) => (
        <View key={store.id} className='topic-store' onClick={() => openStore(store.id)}>
          {store.logo ? <Image className='topic-store__logo' src={store.logo} mode='aspectFill' imgProps={{ alt: store.name }} /> : null}
          <View className='topic-store__text'>
            <Text className='topic-store__name'>{store.name}</Text>
            <Text className='topic-store__intro'>{store.intro}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}

export default function TopicPage() {
  const params = useRouter().params
  const tag = normalizeHashtag(decodeURIComponent(params.tag ?? ''))
  const [storeId, setStoreId] = useState(params.storeId || undefined)
  const [tab, setTab] = useState<'products' | 'posts'>(params.tab === 'posts' ? 'posts' : 'products')
  const list = usePagedList(
    (cursor) => (tag ? listTopic({ hashtag: tag, storeId, cursor }) : Promise.resolve({ items: [], nextCursor: null })),
    [tag, storeId],
  )
  // Posts load when their tab is opened.
  const postsOpen = tab === 'posts'
  const posts = usePagedList(
    (cursor) => (tag && postsOpen ? listPosts({ hashtag: tag, storeId, cursor }) : Promise.resolve({ items: [], nextCursor: null })),
    [tag, storeId, postsOpen],
  )

  const share = { target: { kind: 'topic' as const, tag: tag ?? '', storeId }, title: `#${tag ?? ''} · 小店好物` }
  useEntryShare(tag ? share : null, share)

  useEffect(() => {
    if (tag) setPageTitle(`#${tag}`)
  }, [tag])
  useReachBottom(() => (tab === 'posts' ? posts : list).loadMore())

  if (!tag) return <EmptyState title='话题不存在' home />
  return (
    <View className='topic'>
      <View className='topic__header'>
        <Text className='topic__title'>#{tag}</Text>
        {params.storeId ? (
          <View className='topic__scopes'>
            <Text className={`topic__scope${storeId ? ' topic__scope--on' : ''}`} onClick={() => setStoreId(params.storeId)}>
              本店
            </Text>
            <Text className={`topic__scope${storeId ? '' : ' topic__scope--on'}`} onClick={() => setStoreId(undefined)}>
              全部店铺
            </Text>
          </View>
        ) : null}
      </View>
      {storeId ? null : <TopicStores tag={tag} />}
      <SectionTabs<'products' | 'posts'>
        className='topic__tabs'
        tabs={[
          { key: 'products', label: '商品' },
          { key: 'posts', label: '动态' },
        ]}
        active={tab}
        onChange={setTab}
      />
      {tab === 'posts' ? (
        <PostList list={posts} emptyTitle='这个话题下还没有动态' showStore={!storeId} />
      ) : (
        <ProductGrid list={list} emptyTitle='这个话题下还没有商品' />
      )}
    </View>
  )
}
