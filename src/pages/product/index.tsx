// Product detail: photos, price, hashtags, spec choice and quantity, then cart or buy now.
import { Button, Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { priceBounds, totalStock, type Product } from '@/domain/catalog'
import type { AppError } from '@/domain/errors'
import { clampQuantity, initialSelection, selectedSku, toggleValue, type Selection } from '@/domain/spec-selection'
import { HashtagChips } from '@/components/hashtag-chips'
import { ProductReviews } from '@/components/product-reviews'
import { CouponStrip } from '@/components/coupon-strip'
import { LiveBanner } from '@/components/live-banner'
import { Price } from '@/components/price'
import { QuantityStepper } from '@/components/quantity-stepper'
import { SpecSelector } from '@/components/spec-selector'
import { ShippingLine } from '@/components/shipping-line'
import { BrowseOnlyBar } from '@/components/browse-only-bar'
import { SharePosterButton } from '@/components/share-poster'
import { EmptyState, ErrorState } from '@/components/state-views'
import { pageIds } from '@/domain/entry-codec'
import { useEntryShare } from '@/hooks/use-entry-share'
import { useLiveArrival } from '@/hooks/use-live-arrival'
import { useLiveRooms } from '@/hooks/use-live-rooms'
import { getProduct } from '@/services/catalog'
import { cartCount, useCart } from '@/store/cart'
import { useCheckout } from '@/store/checkout'
import { useEntry } from '@/store/entry'
import cartIcon from '@/assets/icons/cart.png'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import { StoreCard } from './store-card'
import { Gallery } from './gallery'
import { useLastStore } from '@/store/last-store'
import './index.css'

function ProductPage() {
  // A Mini Program code opens the page with its ids packed in `scene`.
  const productId = pageIds(useRouter().params).productId ?? ''
  const [product, setProduct] = useState<Product | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [selection, setSelection] = useState<Selection>({})
  const [quantity, setQuantity] = useState(1)
  const addToCart = useCart((state) => state.add)
  const inCart = useCart((state) => cartCount(state.lines))
  const browseOnly = useEntry((state) => state.browseOnly)
  useLiveArrival()
  useEntryShare(
    product ? { target: { kind: 'product', productId: product.id, storeId: product.storeId }, title: product.title, imageUrl: product.images[0] } : null,
    { target: { kind: 'product', productId }, title: '小店好物' },
  )

  const load = () => {
    if (!productId) return
    setError(null)
    getProduct(productId).then(
      (found) => {
        setProduct(found)
        useLastStore.getState().visit(found.storeId)
        setSelection(initialSelection(found.skus))
      },
      (failure: AppError) => setError(failure),
    )
  }
  useEffect(load, [productId])
  const liveRooms = useLiveRooms(product?.storeId)

  if (!productId) return <EmptyState title='商品链接无效' hint='链接可能不完整或已失效，请向分享者重新获取' home />
  if (error) return <ErrorState error={error} onRetry={load} />
  if (!product) return <View className='product product--loading' aria-busy='true' />

  const sku = selectedSku(product.skus, selection)
  const stock = sku ? sku.stock : totalStock(product)
  const bounds = priceBounds(product)
  const amount = clampQuantity(quantity, stock)

  const choose = (name: string, value: string) => {
    setSelection(toggleValue(product.skus, selection, name, value))
  }

  /** The chosen SKU as a cart line, or null after telling the shopper what is missing. */
  const chosenLine = () => {
    if (!sku) {
      void Taro.showToast({ title: '请选择规格', icon: 'none' })
      return null
    }
    if (sku.stock <= 0) {
      void Taro.showToast({ title: '该规格已售罄', icon: 'none' })
      return null
    }
    return {
      skuId: sku.id,
      productId: product.id,
      storeId: product.storeId,
      title: product.title,
      image: product.images[0] ?? '',
      specs: sku.specs,
      price: sku.price,
      quantity: amount,
    }
  }

  const add = (): boolean => {
    const line = chosenLine()
    if (line) addToCart(line)
    return line !== null
  }

  // 立即购买 skips the cart: checkout takes this one line and leaves the cart as it was.
  const buyNow = () => {
    const line = chosenLine()
    if (!line) return
    useCheckout.getState().start({ source: 'buy_now', storeId: product.storeId, storeName: '', lines: [line] })
    void Taro.navigateTo({ url: '/packages/order/pages/checkout/index' })
  }

  return (
    <View className='product'>
      <Gallery images={product.images} title={product.title} />
      <View className='product__summary'>
        {sku ? (
          <Price className='product__price' fen={sku.price} />
        ) : bounds ? (
          <Price className='product__price' range={[bounds.low, bounds.high]} />
        ) : null}
        <Text className='product__title'>{product.title}</Text>
        {product.sold ? <Text className='product__sold'>已售 {product.sold}</Text> : null}
        <HashtagChips tags={[...product.hashtags, ...product.brandHashtags.filter((t) => !product.hashtags.includes(t))]} className='product__tags' readOnly={browseOnly} />
        {browseOnly ? null : <SharePosterButton product={product} />}
      </View>
      {browseOnly ? null : <CouponStrip storeId={product.storeId} productId={product.id} />}
      <LiveBanner rooms={liveRooms} productId={product.id} />
      <View className='product__section'>
        <SpecSelector skus={product.skus} selection={selection} onToggle={choose} />
        <View className='product__quantity'>
          <Text className='product__quantity-label'>数量</Text>
          <QuantityStepper value={amount} max={Math.max(stock, 1)} onChange={setQuantity} />
          <Text className='product__stock'>{stock > 0 ? `库存 ${stock} 件` : '已售罄'}</Text>
        </View>
        <ShippingLine storeId={product.storeId} />
      </View>
      {product.store ? <StoreCard store={product.store} /> : null}
      {product.description ? (
        <View className='product__section'>
          <Text className='product__section-title'>商品详情</Text>
          <Text className='product__description'>{product.description}</Text>
        </View>
      ) : null}
      <ProductReviews productId={product.id} />
      {browseOnly ? <BrowseOnlyBar /> : (
      <View className='product__bar'>
        <View
          className='product__cart-link product__chat'
          onClick={() => void Taro.navigateTo({ url: `/packages/chat/pages/thread/index?storeId=${encodeURIComponent(product.storeId)}&productId=${encodeURIComponent(product.id)}` })}
        >
          <View className='product__chat-icon' />
          <Text className='product__cart-label'>客服</Text>
        </View>
        <View className='product__cart-link' onClick={() => Taro.switchTab({ url: '/pages/cart/index' })}>
          <Image className='product__cart-icon' src={cartIcon} imgProps={{ alt: '' }} />
          <Text className='product__cart-label'>购物车</Text>
          {inCart > 0 ? <Text className='product__cart-badge'>{inCart > 99 ? '99+' : inCart}</Text> : null}
        </View>
        <Button
          className='product__cart-button'
          disabled={stock <= 0}
          onClick={() => {
            if (add()) void Taro.showToast({ title: '已加入购物车', icon: 'success' })
          }}
        >
          加入购物车
        </Button>
        <Button
          className='product__buy-button'
          disabled={stock <= 0}
          onClick={buyNow}
        >
          立即购买
        </Button>
      </View>
      )}
    </View>
  )
}

export default withPrivacySheet(ProductPage)
