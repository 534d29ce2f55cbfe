// 订单详情: state (with the countdown while unpaid), timeline, address, lines, amounts, and the
// actions valid in the order's state.
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { formatAddressLine as formatAddress } from '@/domain/address'
import { carrierName } from '@/domain/order-carriers'
import { buyerActions, EVENT_LABELS, type OrderEvent } from '@/domain/order-state'
import { formatOrderTime } from '@/domain/order-timeline'
import { canReorder } from '@/domain/reorder'
import { ErrorState } from '@/components/state-views'
import { copyText } from '@/services/privacy-apis'
import { OrderAmounts, OrderLines } from '../../components/order-lines'
import { OrderStatusHeader } from '../../components/order-status-header'
import { OrderTimelineView } from '../../components/order-timeline-view'
import { LogisticsView } from '../../components/logistics-view'
import { RefundSheet } from '../../components/refund-sheet'
import { useOrderDetail } from './use-order-detail'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import './index.css'

const BUTTON_LABELS: Partial<Record<OrderEvent, string>> = { pay: '去支付', cancel: '取消订单', confirmReceipt: '确认收货', requestRefund: '申请退款' }

function OrderDetailPage() {
  const orderId = useRouter().params.id ?? ''
  const detail = useOrderDetail(orderId)
  const { order } = detail

  if (detail.error) return <ErrorState error={detail.error} onRetry={detail.load} />
  if (!order) return <View className='order-detail order-detail--loading' aria-busy='true' />

  const actions = buyerActions(order.status)
  const reorderable = canReorder(order.status)
  return (
    <View className='order-detail'>
      <OrderStatusHeader order={order} onExpire={detail.load} />
      <View className='order-detail__card'>
        {order.delivery === 'pickup' ? (
          <Text className='order-detail__where'>到店自提</Text>
        ) : order.address ? (
          <View className='order-detail__address'>
            <Text className='order-detail__who'>
              {order.address.userName} {order.address.telNumber}
            </Text>
            <Text className='order-detail__where'>{formatAddress(order.address)}</Text>
          </View>
        ) : null}
        {order.trackingNo && order.delivery === 'express' ? (
          <LogisticsView orderId={order.id} carrier={order.carrier} trackingNo={order.trackingNo} />
        ) : order.trackingNo ? (
          <Text className='order-detail__parcel'>
            {carrierName(order.carrier)} {order.trackingNo}
          </Text>
        ) : null}
      </View>
      <View className='order-detail__card'>
        <View className='order-detail__store-row'>
          <Text className='order-detail__store'>{order.storeName}</Text>
          <Text
            className='order-detail__chat'
            onClick={() => void Taro.navigateTo({ url: `/packages/chat/pages/thread/index?storeId=${encodeURIComponent(order.storeId)}&orderId=${encodeURIComponent(order.id)}` })}
          >
            联系商家
          </Text>
        </View>
        <OrderLines
          items={order.items}
          action={
            order.status === 'completed'
              ? {
                  label: '评价',
                  onTap: (item) =>
                    void Taro.navigateTo({
                      url: `/packages/order/pages/review/index?orderId=${order.id}&productId=${item.productId}&title=${encodeURIComponent(item.title)}`,
                    }),
                }
              : undefined
          }
        />
        <OrderAmounts itemsTotal={order.itemsTotal} discount={order.discount} deliveryFee={order.deliveryFee} total={order.total} totalLabel={order.paidAt ? '实付' : '应付'} />
      </View>
      <View className='order-detail__card'>
        <Text className='order-detail__section'>订单进度</Text>
        <OrderTimelineView order={order} />
      </View>
      <View className='order-detail__card order-detail__info'>
        {order.orderNo ? (
          <Text className='order-detail__no' onClick={() => void copyText(order.orderNo ?? '', '订单号已复制')}>
            订单号：{order.orderNo}
          </Text>
        ) : null}
        <Text
          onClick={() => void copyText(order.id, '订单编号已复制')}
        >
          订单编号：{order.id}（点击复制）
        </Text>
        <Text>下单时间：{formatOrderTime(order.createdAt)}</Text>
        {order.note ? <Text>备注：{order.note}</Text> : null}
        {order.refundReason ? <Text>退款原因：{order.refundReason}</Text> : null}
        {order.refundDecisionReason ? <Text>商家回复：{order.refundDecisionReason}</Text> : null}
      </View>
      {actions.length > 0 || reorderable ? (
        <View className='order-detail__bar'>
          {reorderable ? (
            <Button className='order-detail__action order-detail__action--reorder' loading={detail.reordering} disabled={detail.reordering} onClick={() => void detail.reorder()}>
              再来一单
            </Button>
          ) : null}
          {actions.map((event) => (
            <Button
              key={event}
              className={`order-detail__action order-detail__action--${event}`}
              loading={detail.acting === event || (event === 'pay' && detail.paying)}
              disabled={detail.acting !== null || detail.paying}
              onClick={() => detail.act(event)}
            >
              {BUTTON_LABELS[event] ?? EVENT_LABELS[event]}
            </Button>
          ))}
        </View>
      ) : null}
      {detail.refunding ? (
        <RefundSheet busy={detail.acting === 'requestRefund'} onClose={() => detail.setRefunding(false)} onSubmit={(r) => void detail.submitRefund(r)} />
      ) : null}
    </View>
  )
}

export default withPrivacySheet(OrderDetailPage)
