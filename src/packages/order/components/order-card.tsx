import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatFen } from '@/domain/money'
import { STATUS_LABELS } from '@/domain/order-state'
import type { Order } from '@/domain/order-types'
import './order-card.css'

export function openOrder(orderId: string): void {
  void Taro.navigateTo({ url: `/packages/order/pages/detail/index?id=${encodeURIComponent(orderId)}` })
}

/** An order in the list: store, state, the first photos, count and amount. */
export function OrderCard({ order }: { order: Order }) {
  const count = order.items.reduce((sum, item) => sum + item.quantity, 0)
  const single = order.items.length === 1 ? order.items[0] : null
  return (
    <View className='order-card' data-order={order.id} onClick={() => openOrder(order.id)}>
      <View className='order-card__head'>
        <Text className='order-card__store'>{order.storeName}</Text>
        <Text className={`order-card__status order-card__status--${order.status}`}>{STATUS_LABELS[order.status]}</Text>
      </View>
      <View className='order-card__items'>
        {order.items.slice(0, 4).map((item) => (
          <Image key={item.skuId} className='order-card__image' src={item.image} mode='aspectFill' />
        ))}
        {single ? <Text className='order-card__title'>{single.title}</Text> : null}
      </View>
      {order.orderNo ? <Text className='order-card__no'>订单号 {order.orderNo}</Text> : null}
      <Text className='order-card__sum'>
        共 {count} 件 {order.paidAt ? '实付' : '应付'} <Text className='order-card__total'>{formatFen(order.total)}</Text>
      </Text>
    </View>
  )
}
