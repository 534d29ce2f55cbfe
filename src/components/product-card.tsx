import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { isSoldOut, priceBounds, type Product } from '@/domain/catalog'
import { Price } from './price'
import './product-card.css'

export function openProduct(productId: string): void {
  void Taro.navigateTo({ url: `/pages/product/index?id=${encodeURIComponent(productId)}` })
}

/** `eager`: a card on the first screen loads its photo at once (it is the page's largest paint). */
export function ProductCard({ product, eager }: { product: Product; eager?: boolean }) {
  const bounds = priceBounds(product)
  const soldOut = isSoldOut(product)
  return (
    <View className='product-card' onClick={() => openProduct(product.id)}>
      <View className='product-card__media'>
        <Image className='product-card__image' src={product.images[0] ?? ''} mode='aspectFill' lazyLoad={!eager} imgProps={{ alt: product.title }} />
        {soldOut ? <Text className='product-card__badge'>已售罄</Text> : null}
      </View>
      <Text className='product-card__title'>{product.title}</Text>
      <View className='product-card__footer'>
        {bounds ? <Price className='product-card__price' fen={bounds.low} /> : null}
        {bounds && bounds.high > bounds.low ? <Text className='product-card__from'>起</Text> : null}
      </View>
    </View>
  )
}
