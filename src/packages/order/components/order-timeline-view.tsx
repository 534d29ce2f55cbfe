import { Text, View } from '@tarojs/components'
import { formatOrderTime, orderTimeline } from '@/domain/order-timeline'
import type { Order } from '@/domain/order-types'
import './order-timeline-view.css'

/** The order's steps so far, newest at the bottom. */
export function OrderTimelineView({ order }: { order: Order }) {
  return (
    <View className='timeline'>
      {orderTimeline(order).map((step, index) => (
        <View key={`${step.label}-${index}`} className='timeline__step'>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <Text className='timeline__label'>{step.label}</Text>
            {step.detail ? <Text className='timeline__detail'>{step.detail}</Text> : null}
            {step.at ? <Text className='timeline__time'>{formatOrderTime(step.at)}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
