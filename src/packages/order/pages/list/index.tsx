// 我的订单 (order subpackage). The order issue fills it with tabs by status and the list.
import { View } from '@tarojs/components'
import { EmptyState } from '@/components/state-views'

export default function OrderListPage() {
  return (
    <View className='order-list'>
      <EmptyState title='还没有订单' hint='下单后可以在这里查看物流和售后' />
    </View>
  )
}
