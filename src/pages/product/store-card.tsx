// The store behind the product, for a shopper who arrived from a poster, a code or a link and
// has no other way into the rest of the store.
import { Image, Text, View } from '@tarojs/components'
import type { ProductStore } from '@/domain/catalog'
import { openStoreHome } from '@/services/navigation'

export function StoreCard({ store }: { store: ProductStore }) {
  const enter = () => openStoreHome(store.id)
  return (
    <View className='product__section product-store' onClick={enter}>
      {store.logo ? <Image className='product-store__logo' src={store.logo} mode='aspectFill' imgProps={{ alt: store.name }} /> : <View className='product-store__logo' />}
      <Text className='product-store__name'>{store.name}</Text>
      <Text className='product-store__enter'>进店</Text>
    </View>
  )
}
