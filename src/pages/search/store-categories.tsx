// The browsed store's categories, as shoppers know them from WeChat shops: the categories in a
// rail on the left, the chosen one's on-sale products on the right, page by page.
import { Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { CategorySummary } from '@/domain/categories'
import { ProductGrid } from '@/components/product-grid'
import { usePagedList } from '@/hooks/use-paged-list'
import { listCategories, listProducts } from '@/services/catalog'

function CategoryProducts({ storeId, categoryId }: { storeId: string; categoryId: string }) {
  const list = usePagedList((cursor) => listProducts({ storeId, categoryId, cursor }), [storeId, categoryId])
  useReachBottom(list.loadMore)
  return <ProductGrid list={list} emptyTitle='这个分类还没有在售商品' />
}

/** Renders nothing while loading, and nothing for a store without categories (the page shows topics instead). */
export function StoreCategories({ storeId, fallback }: { storeId: string; fallback: JSX.Element }) {
  const [items, setItems] = useState<CategorySummary[] | null>(null)
  const [active, setActive] = useState<string | null>(null)
  useEffect(() => {
    listCategories(storeId).then(setItems, () => setItems([]))
  }, [storeId])
  if (items === null) return null
  if (items.length === 0) return fallback
  const current = items.find((c) => c.id === active) ?? items[0]
  return (
    <View className='cats'>
      <View className='cats__rail'>
        {items.map((c) => (
          <Text key={c.id} className={c.id === current.id ? 'cats__tab cats__tab--on' : 'cats__tab'} onClick={() => setActive(c.id)}>
            {c.name}
          </Text>
        ))}
      </View>
      <View className='cats__grid'>
        <CategoryProducts key={current.id} storeId={storeId} categoryId={current.id} />
      </View>
    </View>
  )
}
