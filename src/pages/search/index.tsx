// 分类 tab: search by title or hashtag across every store at the top, with the searches made on
// this device remembered; below, the categories of the store last browsed, or, without one (or
// when it has none), hashtag topics to browse.
import { Input, Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { openTopic } from '@/components/hashtag-chips'
import { ProductGrid } from '@/components/product-grid'
import { useCartBadge } from '@/hooks/use-cart-badge'
import { usePagedList } from '@/hooks/use-paged-list'
import { listHashtags, searchProducts, type HashtagCount } from '@/services/catalog'
import { useLastStore } from '@/store/last-store'
import { useRecentSearches } from '@/store/recent-searches'
import { StoreCategories } from './store-categories'
import './index.css'

function Results({ q }: { q: string }) {
  const list = usePagedList((cursor) => searchProducts({ q, cursor }), [q])
  useReachBottom(list.loadMore)
  return <ProductGrid list={list} emptyTitle={`没有找到“${q}”相关的商品`} emptyHint='换个关键词试试' />
}

function Topics() {
  const [topics, setTopics] = useState<HashtagCount[]>([])
  useEffect(() => {
    listHashtags(undefined, 20).then(setTopics, () => setTopics([]))
  }, [])
  if (topics.length === 0) return null
  return (
    <View className='search__section'>
      <Text className='search__section-title'>热门话题</Text>
      <View className='search__chips'>
        {topics.map((t) => (
          <Text key={t.hashtag} className='search__topic' onClick={() => openTopic(t.hashtag)}>
            #{t.hashtag} <Text className='search__topic-count'>{t.count}</Text>
          </Text>
        ))}
      </View>
    </View>
  )
}

export default function SearchPage() {
  useCartBadge()
  const [draft, setDraft] = useState('')
  const [q, setQ] = useState('')
  const recent = useRecentSearches()
  const storeId = useLastStore((state) => state.storeId)

  const run = (text: string) => {
    const query = text.trim()
    if (!query) return
    setDraft(query)
    setQ(query)
    recent.remember(query)
  }

  const browse = (
    <View>
      {recent.queries.length > 0 ? (
        <View className='search__section'>
          <View className='search__section-head'>
            <Text className='search__section-title'>最近搜索</Text>
            <Text className='search__clear' onClick={recent.clear}>清除</Text>
          </View>
          <View className='search__chips'>
            {recent.queries.map((query) => (
              <Text key={query} className='search__recent' onClick={() => run(query)}>
                {query}
              </Text>
            ))}
          </View>
        </View>
      ) : null}
      {storeId ? (
        <StoreCategories key={storeId} storeId={storeId} fallback={<Topics />} />
      ) : (
        <>
          <Text className='search__hint'>逛过一家店铺后，这里会显示它的商品分类</Text>
          <Topics />
        </>
      )}
    </View>
  )

  return (
    <View className='search'>
      <View className='search__bar'>
        <Input
          className='search__input'
          value={draft}
          placeholder='搜索商品或话题，如 连衣裙'
          confirmType='search'
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={() => run(draft)}
        />
        {q ? (
          <Text className='search__submit' onClick={() => { setQ(''); setDraft('') }}>
            取消
          </Text>
        ) : (
          <Text className='search__submit' onClick={() => run(draft)}>
            搜索
          </Text>
        )}
      </View>
      {q ? <Results key={q} q={q} /> : browse}
    </View>
  )
}
