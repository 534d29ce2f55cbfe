// 订单管理 (merchant): the store's orders by state with counts, ship, and refund decisions.
// Opened as /packages/merchant/pages/orders/index?storeId=…
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { MERCHANT_TABS, tabCount, type MerchantTab } from '@/domain/order-state'
import { EmptyState, ErrorState, ListFooter } from '@/components/state-views'
import { useStoreRole } from '../../components/use-owned-stores'
import { MerchantOrderCard } from './merchant-order-card'
import { useListPage } from '@/hooks/use-list-page'
import { useStoreOrders } from './use-store-orders'
import './index.css'

export default function MerchantOrdersPage() {
  const storeId = useRouter().params.storeId ?? ''
  const [tab, setTab] = useState<MerchantTab>('paid')
  const statuses = MERCHANT_TABS.find((t) => t.key === tab)!.statuses
  const orders = useStoreOrders(storeId, statuses, tab)
  const { list } = orders
  const role = useStoreRole(storeId)

  useListPage(list)

  if (!storeId) return <EmptyState title='请从店铺管理进入订单管理' />
  return (
    <View className='m-orders'>
      <View className='m-orders__tabs'>
        {MERCHANT_TABS.map((t) => {
          const count = tabCount(t.statuses, orders.counts)
          return (
            <Text key={t.key} className={`m-orders__tab${t.key === tab ? ' m-orders__tab--on' : ''}`} onClick={() => setTab(t.key)}>
              {t.label}
              {count > 0 ? <Text className='m-orders__count'>{count}</Text> : null}
            </Text>
          )
        })}
      </View>
      {list.status === 'loading' ? (
        <Text className='m-orders__more'>加载中…</Text>
      ) : list.status === 'error' && list.items.length === 0 && list.error ? (
        <ErrorState error={list.error} onRetry={list.retry} />
      ) : list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title='这里还没有订单' />
      ) : (
        <View>
          {list.items.map((order) => (
            <MerchantOrderCard key={order.id} order={order} role={role} onChanged={() => void list.refresh()} />
          ))}
          <ListFooter list={list} className='m-orders__more' />
        </View>
      )}
    </View>
  )
}
