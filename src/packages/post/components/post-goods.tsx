// The products a post links, each buyable in one tap: a product with one SKU goes straight
// into the cart, one with specs to choose opens its page. Off-shelf ones are not shown.
import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { isSoldOut, priceBounds, type Product } from '@/domain/catalog'
import { quickBuySku } from '@/domain/post'
import { openProduct } from '@/components/product-card'
import { Price } from '@/components/price'
import { useCart } from '@/store/cart'
import './post-goods.css'

function addOrOpen(product: Product): void {
  const sku = quickBuySku(product)
  if (!sku) {
    openProduct(product.id)
    return
  }
  useCart.getState().add({
    skuId: sku.id,
    productId: product.id,
    storeId: product.storeId,
    title: product.title,
    image: product.images[0] ?? '',
    specs: sku.specs,
    price: sku.price,
    quantity: 1,
  })
  void Taro.showToast({ title: '已加入购物车', icon: 'success' })
}

export function PostGood({ product }: { product: Product }) {
  const bounds = priceBounds(product)
  const soldOut = isSoldOut(product)
  return (
    <View className='post-good' onClick={() => openProduct(product.id)}>
      <Image className='post-good__image' src={product.images[0] ?? ''} mode='aspectFill' lazyLoad />
      <View className='post-good__body'>
        <Text className='post-good__title'>{product.title}</Text>
        <View className='post-good__footer'>
          {bounds ? <Price className='post-good__price' fen={bounds.low} /> : null}
          <Button
            className='post-good__buy post-good__buy--tap'
            size='mini'
            disabled={soldOut}
            onClick={(event) => {
              event.stopPropagation()
              addOrOpen(product)
            }}
          >
            {soldOut ? '已售罄' : quickBuySku(product) ? '加入购物车' : '选规格'}
          </Button>
        </View>
      </View>
    </View>
  )
}

export function PostGoods({ products }: { products: Product[] }) {
  if (products.length === 0) return null
  return (
    <View className='post-goods'>
      <Text className='post-goods__title'>相关商品 · {products.length}</Text>
      {products.map((product) => (
        <PostGood key={product.id} product={product} />
      ))}
    </View>
  )
}
