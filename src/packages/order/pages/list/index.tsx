// 我的订单: tabs by state (全部 / 待付款 / 待发货 / 待收货 / 已完成 / 退款), newest first, more on scroll.
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { BUYER_TABS, type BuyerTab, type OrderStatus } from '@/domain/order-state'
import { EmptyState, ErrorState, ListFooter } from '@/components/state-views'
import { useListPage } from '@/hooks/use-list-page'
import { usePagedList } from '@/hooks/use-paged-list'
import { listOrders } from '@/services/order'
import { OrderCard } from '../../components/order-card'
import './index.css'

function tabOf(key: string | undefined): BuyerTab {
  return BUYER_TABS.some((t) => t.key === key) ? (key as BuyerTab) : 'all'
}

export default function OrderListPage() {
  const [tab, setTab] = useState<BuyerTab>(tabOf(useRouter().params.tab))
  const statuses = BUYER_TABS.find((t) => t.key === tab)!.statuses as readonly OrderStatus[]
  const list = usePagedList((cursor) => listOrders({ status: [...statuses], cursor }), [statuses])
  // Back from an order whose state changed: show the list as it is now.
  useListPage(list, { refreshOnReturn: true })

  return (
    <View className='order-list'>
      <View className='order-list__tabs'>
        {BUYER_TABS.map((t) => (
          <Text key={t.key} className={`order-list__tab${t.key === tab ? ' order-list__tab--on' : ''}`} onClick={() => setTab(t.key)}>
            {t.label}
          </Text>
        ))}
      </View>
      {list.status === 'loading' ? (
        <Text className='order-list__more'>加载中…</Text>
      ) : list.status === 'error' && list.items.length === 0 && list.error ? (
        <ErrorState error={list.error} onRetry={list.retry} />
      ) : list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title='还没有这类订单' hint='下单后可以在这里查看物流和售后' />
      ) : (
        <View>
          {list.items.map((order) => (
            <OrderCard key={order.id} order={order} />
          ))}
          <ListFooter list={list} className='order-list__more' />
        </View>
      )}
    </View>
  )
}
