// The product and order cards of a 客服 thread, as the server built them.
import { Image, Text, View } from '@tarojs/components'
import type { ChatOrderCard, ChatProductCard } from '@/domain/chat'
import { STATUS_LABELS } from '@/domain/order-state'
import { assetUrl } from '@/services/config'
import { Price } from '../price'

export function ProductCardView({ product, onTap }: { product: ChatProductCard; onTap?: () => void }) {
  return (
    <View className='chat-card chat-card--product' onClick={onTap}>
      {product.image ? <Image className='chat-card__image' src={assetUrl(product.image)} mode='aspectFill' /> : <View className='chat-card__image' />}
      <View className='chat-card__body'>
        <Text className='chat-card__title'>{product.title}</Text>
        <Price className='chat-card__price' fen={product.price} />
      </View>
    </View>
  )
}

export function OrderCardView({ order, onTap }: { order: ChatOrderCard; onTap?: () => void }) {
  return (
    <View className='chat-card chat-card--order' onClick={onTap}>
      {order.image ? <Image className='chat-card__image' src={assetUrl(order.image)} mode='aspectFill' /> : <View className='chat-card__image' />}
      <View className='chat-card__body'>
        <Text className='chat-card__title'>{order.title}</Text>
        <Text className='chat-card__meta'>
          {STATUS_LABELS[order.status]} · 共 {order.quantity} 件 · 订单号 {order.id}
        </Text>
        <Price className='chat-card__price' fen={order.total} />
      </View>
    </View>
  )
}
