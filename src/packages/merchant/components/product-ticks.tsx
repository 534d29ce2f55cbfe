// The store's products as a tick list (every status, 未上架 marked), shared by 分类管理 and the
// coupon form's 指定商品, with the hook that loads them a page at a time.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Product } from '@/domain/catalog'
import { toggleId } from '@/domain/categories'
import { listOwnProducts } from '@/services/merchant'
import './product-ticks.css'

/** Every product of the store, whatever its status, a page at a time (a store has hundreds at most). */
export async function allProducts(storeId: string): Promise<Product[]> {
  const found: Product[] = []
  let cursor: string | null = null
  for (let page = 0; page < 20; page++) {
    const answer = await listOwnProducts({ storeId, cursor })
    found.push(...answer.items)
    cursor = answer.nextCursor
    if (!cursor) break
  }
  return found
}

/** The store's products once `enabled` (null while loading), so a form loads them only when asked. */
export function useStoreProducts(storeId: string, enabled = true): { products: Product[] | null; failed: boolean } {
  const [products, setProducts] = useState<Product[] | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (!enabled || products) return
    let live = true
    allProducts(storeId).then(
      (all) => live && setProducts(all),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [storeId, enabled, products])
  return { products, failed }
}

export function ProductTicks(props: { products: Product[]; selected: readonly string[]; onChange(ids: string[]): void }) {
  return (
    <View className='product-ticks'>
      {props.products.length === 0 ? <Text className='console__hint'>还没有商品</Text> : null}
      {props.products.map((product) => {
        const on = props.selected.includes(product.id)
        return (
          <View key={product.id} className={`product-ticks__item${on ? ' product-ticks__item--on' : ''}`} onClick={() => props.onChange(toggleId(props.selected, product.id))}>
            <Text className={on ? 'product-ticks__check product-ticks__check--on' : 'product-ticks__check'}>{on ? '✓' : ''}</Text>
            <Text className='product-ticks__title'>{product.title}</Text>
            {product.status === 'on_sale' ? null : <Text className='console__muted'>未上架</Text>}
          </View>
        )
      })}
    </View>
  )
}
