// Store home: the store's header and its on-sale products, newest first, loaded page by page,
// and its posts in the 动态 tab. Without a storeId it is the platform's feed of every store's products.
import { Image, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Store } from '@/domain/catalog'
import type { AppError } from '@/domain/errors'
import { HashtagChips } from '@/components/hashtag-chips'
import { LiveBanner } from '@/components/live-banner'
import { CouponStrip } from '@/components/coupon-strip'
import { ProductGrid } from '@/components/product-grid'
import { PostList } from '@/components/post-list'
import { SectionTabs } from '@/components/section-tabs'
import { ErrorState } from '@/components/state-views'
import { TopicChips, useTopics } from '@/components/topic-chips'
import { useCartBadge } from '@/hooks/use-cart-badge'
import { useLiveArrival } from '@/hooks/use-live-arrival'
import { useLiveRooms } from '@/hooks/use-live-rooms'
import { usePagedList } from '@/hooks/use-paged-list'
import { getStore, listProducts } from '@/services/catalog'
import { listPosts } from '@/services/post'
import { pageIds } from '@/domain/entry-codec'
import { useEntryShare } from '@/hooks/use-entry-share'
import { setPageTitle } from '@/services/page-title'
import { useLastStore } from '@/store/last-store'
import './index.css'

function StoreHeader({ store }: { store: Store }) {
  return (
    <View className='store-header'>
      <View className='store-header__row'>
        {store.logo ? <Image className='store-header__logo' src={store.logo} mode='aspectFill' imgProps={{ alt: store.name }} /> : null}
        <View className='store-header__text'>
          <Text className='store-header__name'>{store.name}</Text>
          {store.intro ? <Text className='store-header__intro'>{store.intro}</Text> : null}
        </View>
        <Text className='store-header__chat' onClick={() => void Taro.navigateTo({ url: `/packages/chat/pages/thread/index?storeId=${encodeURIComponent(store.id)}` })}>
          客服
        </Text>
      </View>
      <HashtagChips tags={store.hashtags} storeId={store.id} className='store-header__tags' />
    </View>
  )
}

export default function Home() {
  // A store's Mini Program code opens the page with its id packed in `scene`.
  const params = useRouter().params
  const storeId = pageIds(params).storeId
  const [store, setStore] = useState<Store | null>(null)
  const [storeError, setStoreError] = useState<AppError | null>(null)
  useCartBadge()
  useLiveArrival()
  useEntryShare(
    store ? { target: { kind: 'store', storeId: store.id }, title: store.intro ? `${store.name}｜${store.intro}` : store.name, imageUrl: store.logo || undefined } : null,
    { target: storeId ? { kind: 'store', storeId } : { kind: 'home' }, title: '小店 · 发现好物' },
  )
  const [tab, setTab] = useState<'products' | 'posts'>(params.tab === 'posts' ? 'posts' : 'products')
  const showPosts = !!storeId && tab === 'posts'
  const list = usePagedList((cursor) => listProducts({ storeId, cursor }), [storeId])
  // Posts load when their tab is opened.
  const posts = usePagedList((cursor) => (showPosts ? listPosts({ storeId, cursor }) : Promise.resolve({ items: [], nextCursor: null })), [storeId, showPosts])
  const liveRooms = useLiveRooms(storeId)
  const topics = useTopics(storeId)

  useEffect(() => {
    if (!storeId) return
    useLastStore.getState().visit(storeId)
    getStore(storeId).then(
      (found) => {
        setStore(found)
        setPageTitle(found.name)
      },
      (error: AppError) => setStoreError(error),
    )
  }, [storeId])

  usePullDownRefresh(() => {
    void (showPosts ? posts : list).refresh().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => (showPosts ? posts : list).loadMore())

  if (storeError) return <ErrorState error={storeError} />
  // The page shows once its header and topics are known, in one step: shown piece by piece,
  // each arrival pushed the products down (layout shift). The products load meanwhile.
  if (!topics || (storeId && !store)) return <View className='home' aria-busy='true' />

  return (
    <View className='home'>
      {store ? (
        <>
          <StoreHeader store={store} />
          <CouponStrip storeId={store.id} highlight={params.couponId} />
          <LiveBanner rooms={liveRooms} />
        </>
      ) : (
        <View className='home__banner'>
          <Text className='home__banner-title'>小店 · 发现好物</Text>
          <Text className='home__banner-sub'>小商家的手作与好物，扫码即买</Text>
        </View>
      )}
      <TopicChips topics={topics} storeId={storeId} shown={store?.hashtags} />
      {storeId ? (
        <SectionTabs<'products' | 'posts'>
          className='home__tabs'
          tabs={[
            { key: 'products', label: '全部商品' },
            { key: 'posts', label: '动态' },
          ]}
          active={tab}
          onChange={setTab}
        />
      ) : (
        <View className='home__section-title'>
          <Text>新品上架</Text>
        </View>
      )}
      {showPosts ? (
        <PostList list={posts} emptyTitle='店铺还没有发布动态' emptyHint='上新、手作过程和视频都会出现在这里' />
      ) : (
        <ProductGrid list={list} emptyTitle='店铺还没有上架商品' emptyHint='过几天再来看看吧' />
      )}
    </View>
  )
}
