// The product page's 运费 line, from the store's shipping rules (catalog.getStore).
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { describeShipping } from '@/domain/shipping'
import { getStore } from '@/services/catalog'

export function ShippingLine({ storeId }: { storeId: string }) {
  const [line, setLine] = useState('')
  useEffect(() => {
    let live = true
    getStore(storeId).then(
      (store) => live && store.shipping && setLine(describeShipping(store.shipping)),
      () => undefined, // the line is a courtesy: without it the page still sells
    )
    return () => {
      live = false
    }
  }, [storeId])
  if (!line) return null
  return (
    <View className='product__quantity product__shipping'>
      <Text className='product__quantity-label'>运费</Text>
      <Text className='product__shipping-text'>{line}</Text>
    </View>
  )
}
