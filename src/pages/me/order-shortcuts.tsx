// 我的订单: a shortcut per order status with its count, and the full list.
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { badgeOf, ORDER_SHORTCUTS, type OrderCounts, type ShortcutStatus } from '@/services/order-counts'
// Line icons of the console's set, in grey; a couple of hundred bytes each (main package).
import pendingPayment from '@/assets/order-icons/pending-payment.svg'
import paid from '@/assets/order-icons/paid.svg'
import shipped from '@/assets/order-icons/shipped.svg'
import refundRequested from '@/assets/order-icons/refund-requested.svg'

const ORDER_LIST = '/packages/order/pages/list/index'
const ICONS: Record<ShortcutStatus, string> = { pending_payment: pendingPayment, paid, shipped, refund_requested: refundRequested }

export function OrderShortcuts({ counts }: { counts: OrderCounts | null }) {
  return (
    <View className='me__card'>
      <View className='me__card-head'>
        <Text className='me__card-title'>我的订单</Text>
        <Text className='me__link' onClick={() => Taro.navigateTo({ url: ORDER_LIST })}>
          全部订单 ›
        </Text>
      </View>
      <View className='order-shortcuts'>
        {ORDER_SHORTCUTS.map(({ status, label }) => {
          const badge = badgeOf(counts?.[status])
          return (
            <View key={status} className='order-shortcut' data-status={status} onClick={() => Taro.navigateTo({ url: `${ORDER_LIST}?status=${status}` })}>
              <Image className='order-shortcut__icon' src={ICONS[status]} />
              <Text className='order-shortcut__label'>{label}</Text>
              {badge ? <Text className='order-shortcut__badge'>{badge}</Text> : null}
            </View>
          )
        })}
      </View>
    </View>
  )
}
