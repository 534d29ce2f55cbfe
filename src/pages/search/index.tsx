// 分类 tab: search by title or hashtag across every store.
import { Input, Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { useState } from 'react'
import { ProductGrid } from '@/components/product-grid'
import { useCartBadge } from '@/hooks/use-cart-badge'
import { usePagedList } from '@/hooks/use-paged-list'
import { searchProducts } from '@/services/catalog'
import './index.css'

function Results({ q }: { q: string }) {
  const list = usePagedList((cursor) => searchProducts({ q, cursor }), [q])
  useReachBottom(list.loadMore)
  return <ProductGrid list={list} emptyTitle={`没有找到“${q}”相关的商品`} emptyHint='换个关键词试试' />
}

export default function SearchPage() {
  useCartBadge()
  const [draft, setDraft] = useState('')
  const [q, setQ] = useState('')
  const submit = () => setQ(draft.trim())

  return (
    <View className='search'>
      <View className='search__bar'>
        <Input
          className='search__input'
          value={draft}
          placeholder='搜索商品或话题，如 连衣裙'
          confirmType='search'
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={submit}
        />
        <Text className='search__submit' onClick={submit}>
          搜索
        </Text>
      </View>
      {q ? <Results key={q} q={q} /> : <Text className='search__hint'>输入关键词，按回车搜索</Text>}
    </View>
  )
}
