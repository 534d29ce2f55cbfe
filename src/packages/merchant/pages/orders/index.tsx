// 订单管理 (merchant): the store's orders by state with counts, ship (one by one or 批量发货),
// refund decisions, and a search by order number.
// Opened as /packages/merchant/pages/orders/index?storeId=…[&tab=paid|refund_requested|…]
import { Input, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { MERCHANT_TABS, tabCount, type MerchantTab } from '@/domain/order-state'
import { EmptyState, ErrorState, ListFooter } from '@/components/state-views'
import { useStoreRole } from '../../components/use-owned-stores'
import { MerchantOrderCard } from './merchant-order-card'
import { useListPage } from '@/hooks/use-list-page'
import { useStoreOrders } from './use-store-orders'
import { BatchShip } from './batch-ship'
import { roleMay } from '@/domain/staff-roles'
import './index.css'

export default function MerchantOrdersPage() {
  const params = useRouter().params
  const storeId = params.storeId ?? ''
  const [tab, setTab] = useState<MerchantTab>(MERCHANT_TABS.find((t) => t.key === params.tab)?.key ?? 'paid')
  const [typed, setTyped] = useState('')
  const [q, setQ] = useState('')
  const [batch, setBatch] = useState(false)
  const statuses = MERCHANT_TABS.find((t) => t.key === tab)!.statuses
  const orders = useStoreOrders(storeId, statuses, q)
  const { list } = orders
  const role = useStoreRole(storeId)
  const canBatch = tab === 'paid' && !q && role !== null && roleMay(role, 'merchant.shipMany')
  const chooseTab = (key: MerchantTab) => {
    setTab(key)
    setBatch(false)
    setQ('')
    setTyped('')
  }

  useListPage(list)

  if (!storeId) return <EmptyState title='请从店铺管理进入订单管理' />
  return (
    <View className='m-orders'>
      <View className='m-orders__tabs'>
        {MERCHANT_TABS.map((t) => {
          const count = tabCount(t.statuses, orders.counts)
          return (
            <Text key={t.key} className={`m-orders__tab${t.key === tab && !q ? ' m-orders__tab--on' : ''}`} onClick={() => chooseTab(t.key)}>
              {t.label}
              {count > 0 ? <Text className='m-orders__count'>{count}</Text> : null}
            </Text>
          )
        })}
      </View>
      <View className='m-orders__tools'>
        <Input
          className='m-orders__search'
          type='text'
          confirmType='search'
          value={typed}
          placeholder='搜索订单号，如 20261207-0042'
          maxlength={64}
          onInput={(e) => {
            setTyped(e.detail.value)
            if (!e.detail.value.trim()) setQ('')
          }}
          onConfirm={() => {
            setBatch(false)
            setQ(typed.trim())
          }}
        />
        {canBatch ? (
          <Text className='m-orders__batch-toggle' onClick={() => setBatch(!batch)}>
            {batch ? '逐单处理' : '批量发货'}
          </Text>
        ) : null}
      </View>
      {batch && canBatch && list.status !== 'loading' ? (
        <BatchShip storeId={storeId} orders={list.items.filter((order) => order.status === 'paid')} onDone={() => void list.refresh()} />
      ) : list.status === 'loading' ? (
        <Text className='m-orders__more'>加载中…</Text>
      ) : list.status === 'error' && list.items.length === 0 && list.error ? (
        <ErrorState error={list.error} onRetry={list.retry} />
      ) : list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={q ? '没有找到这个订单号' : '这里还没有订单'} />
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
