// The lines of an order or a quote: photo, title, specs, unit price and quantity.
import { Image, Text, View } from '@tarojs/components'
import { formatFen } from '@/domain/money'
import type { OrderItem } from '@/domain/order-types'
import { describeSpecs } from '@/domain/spec-selection'
import './order-lines.css'

export function OrderLines(props: {
  items: ReadonlyArray<OrderItem & { stock?: number }>
  note?: (item: OrderItem & { stock?: number }) => string | null
  /** A link under each line, e.g. 评价 on a received order. */
  action?: { label: string; onTap(item: OrderItem): void }
}) {
  const { items, note, action } = props
  return (
    <View className='order-lines'>
      {items.map((item) => (
        <View key={item.skuId} className='order-line'>
          <Image className='order-line__image' src={item.image} mode='aspectFill' />
          <View className='order-line__body'>
            <Text className='order-line__title'>{item.title}</Text>
            {Object.keys(item.specs).length > 0 ? <Text className='order-line__specs'>{describeSpecs(item.specs)}</Text> : null}
            {note?.(item) ? <Text className='order-line__note'>{note(item)}</Text> : null}
          </View>
          <View className='order-line__side'>
            <Text className='order-line__price'>{formatFen(item.price)}</Text>
            <Text className='order-line__quantity'>×{item.quantity}</Text>
            {action ? (
              <Text className='order-line__action' onClick={() => action.onTap(item)}>
                {action.label}
              </Text>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  )
}

/** 商品金额 / 运费 / 合计, as the cloud computed them. */
export function OrderAmounts(props: { itemsTotal: number; discount?: number; deliveryFee: number; total: number; totalLabel?: string }) {
  return (
    <View className='order-amounts'>
      <View className='order-amounts__row'>
        <Text>商品金额</Text>
        <Text>{formatFen(props.itemsTotal)}</Text>
      </View>
      {props.discount ? (
        <View className='order-amounts__row order-amounts__discount'>
          <Text>优惠券</Text>
          <Text>-{formatFen(props.discount)}</Text>
        </View>
      ) : null}
      <View className='order-amounts__row'>
        <Text>运费</Text>
        <Text>{props.deliveryFee === 0 ? '免运费' : formatFen(props.deliveryFee)}</Text>
      </View>
      <View className='order-amounts__row order-amounts__row--total'>
        <Text>{props.totalLabel ?? '合计'}</Text>
        <Text className='order-amounts__total'>{formatFen(props.total)}</Text>
      </View>
    </View>
  )
}
