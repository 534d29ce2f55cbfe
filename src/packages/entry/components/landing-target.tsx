// What a landing page's link opens: the product (picture, title, price) or the store.
import { Image, Text, View } from '@tarojs/components'
import type { Product, Store } from '@/domain/catalog'
import { Price } from '@/components/price'

export function LandingTarget({ product, store }: { product?: Product; store?: Store }) {
  if (product) {
    return (
      <View className='landing__card'>
        {product.images[0] ? <Image className='landing__image' src={product.images[0]} mode='aspectFill' imgProps={{ alt: product.title, fetchPriority: 'high' }} /> : null}
        <View className='landing__text'>
          <Price className='landing__price' range={product.skus.map((sku) => sku.price)} />
          <Text className='landing__title'>{product.title}</Text>
        </View>
      </View>
    )
  }
  if (store) {
    return (
      <View className='landing__card landing__card--store'>
        {store.logo ? <Image className='landing__logo' src={store.logo} mode='aspectFill' imgProps={{ alt: store.name }} /> : null}
        <Text className='landing__title'>{store.name}</Text>
        {store.intro ? <Text className='landing__intro'>{store.intro}</Text> : null}
      </View>
    )
  }
  return null
}

/**
 * The card's place while what the link opens loads, the size of a product card with a one-line
 * title (or of a store card): the button and the link below it are shown at once and do not
 * move when the card comes (layout shift).
 */
export function LandingTargetPlaceholder({ product }: { product: boolean }) {
  return <View className={product ? 'landing__card landing__card--placeholder' : 'landing__card landing__card--store landing__card--placeholder-store'} aria-busy='true' />
}
