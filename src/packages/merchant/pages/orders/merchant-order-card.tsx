// A store order as the merchant works on it: who and where, what, how much, and the action its
// state allows — ship (carrier + tracking number, or ready for pickup) or decide a refund.
import { Button, Image, Input, Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { formatFen } from '@/domain/money'
import { formatAddressLine as formatAddress } from '@/domain/address'
import { CARRIERS, carrierName, TRACKING_NO } from '@/domain/order-carriers'
import { STATUS_LABELS } from '@/domain/order-state'
import { formatOrderTime } from '@/domain/order-timeline'
import type { Order } from '@/domain/order-types'
import { merchantRefundNote } from '@/domain/refund-status'
import { describeSpecs } from '@/domain/spec-selection'
import type { StoreRole } from '@/domain/staff-roles'
import { merchantCardActions } from '@/domain/merchant-order-actions'
import { REFUND_REFUSAL_MAX } from '@/domain/text-limits'
import { sourceLabel } from '@/domain/sales-stats'
import { decideRefund, shipOrder } from '@/services/order'
import { toastError } from '@/services/toast'

function useAction(onDone: (order: Order) => void) {
  const [busy, setBusy] = useState(false)
  const run = async (action: () => Promise<Order>, done: string) => {
    if (busy) return
    setBusy(true)
    try {
      onDone(await action())
      void Taro.showToast({ title: done, icon: 'success' })
    } catch (error) {
      toastError(error, '操作失败，请重试')
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}

function ShipForm({ order, onDone }: { order: Order; onDone(order: Order): void }) {
  const [carrier, setCarrier] = useState(0)
  const [trackingNo, setTrackingNo] = useState('')
  const { busy, run } = useAction(onDone)
  if (order.delivery === 'pickup') {
    return (
      <Button className='m-order__primary' loading={busy} onClick={() => void run(() => shipOrder({ orderId: order.id }), '已通知买家取货')}>
        备货完成，通知自提
      </Button>
    )
  }
  const valid = TRACKING_NO.test(trackingNo.trim())
  return (
    <View className='m-order__ship'>
      <Picker mode='selector' range={CARRIERS.map((c) => c.name)} value={carrier} onChange={(e) => setCarrier(Number(e.detail.value))}>
        <Text className='m-order__carrier'>{CARRIERS[carrier].name} ▾</Text>
      </Picker>
      <Input className='m-order__tracking' value={trackingNo} placeholder='快递单号' maxlength={32} onInput={(e) => setTrackingNo(e.detail.value)} />
      <Button
        className='m-order__primary'
        disabled={!valid || busy}
        loading={busy}
        onClick={() => void run(() => shipOrder({ orderId: order.id, carrier: CARRIERS[carrier].code, trackingNo: trackingNo.trim() }), '已发货')}
      >
        发货
      </Button>
    </View>
  )
}

function RefundDecision({ order, onDone }: { order: Order; onDone(order: Order): void }) {
  const [reason, setReason] = useState('')
  const { busy, run } = useAction(onDone)
  const approve = async () => {
    const answer = await Taro.showModal({ title: '同意退款', content: `将退回 ${formatFen(order.total)} 并恢复库存，确定吗？` })
    if (answer.confirm) await run(() => decideRefund({ orderId: order.id, approve: true }), '已退款')
  }
  return (
    <View className='m-order__refund'>
      <Text className='m-order__reason'>退款原因：{order.refundReason}</Text>
      <Input className='m-order__tracking' value={reason} placeholder='拒绝时请填写原因' maxlength={REFUND_REFUSAL_MAX} onInput={(e) => setReason(e.detail.value)} />
      <View className='m-order__buttons'>
        <Button
          className='m-order__secondary'
          disabled={!reason.trim() || busy}
          onClick={() => void run(() => decideRefund({ orderId: order.id, approve: false, reason: reason.trim() }), '已拒绝退款')}
        >
          拒绝
        </Button>
        <Button className='m-order__primary' disabled={busy} loading={busy} onClick={() => void approve()}>
          同意退款
        </Button>
      </View>
    </View>
  )
}

/** `role`: the caller's in the store (null until known); what it may not do (a 发货员 deciding refunds) is not offered. */
export function MerchantOrderCard({ order, onChanged, role }: { order: Order; onChanged(order: Order): void; role: StoreRole | null }) {
  const actions = merchantCardActions(order.status, role)
  const first = order.items[0]
  return (
    <View className='m-order' data-order={order.id}>
      <View className='m-order__head'>
        {first?.image ? <Image className='m-order__thumb' src={first.image} mode='aspectFill' /> : null}
        <View className='m-order__ids'>
          {order.orderNo ? <Text className='m-order__no'>{order.orderNo}</Text> : null}
          <Text className='m-order__id'>订单 {order.id}</Text>
        </View>
        <Text className='m-order__status'>{STATUS_LABELS[order.status]}</Text>
      </View>
      <Text className='m-order__time'>
        {formatOrderTime(order.createdAt)} · {order.delivery === 'pickup' ? '到店自提' : '快递'}
        {order.entry ? <Text className='m-order__source'>来自{sourceLabel(order.entry.source)}</Text> : null}
      </Text>
      {order.address ? (
        <Text className='m-order__address'>
          {order.address.userName} {order.address.telNumber} {formatAddress(order.address)}
        </Text>
      ) : null}
      {order.items.map((item) => (
        <Text key={item.skuId} className='m-order__item'>
          {item.title}
          {Object.keys(item.specs).length > 0 ? `（${describeSpecs(item.specs)}）` : ''} ×{item.quantity}
        </Text>
      ))}
      {order.note ? <Text className='m-order__note'>买家备注：{order.note}</Text> : null}
      {order.trackingNo ? <Text className='m-order__item'>{carrierName(order.carrier)} {order.trackingNo}</Text> : null}
      {merchantRefundNote(order) ? <Text className='m-order__note'>{merchantRefundNote(order)}</Text> : null}
      <Text className='m-order__total'>{order.paidAt ? '实收' : '应收'} {formatFen(order.total)}</Text>
      {actions.ship ? <ShipForm order={order} onDone={onChanged} /> : null}
      {actions.decideRefund ? <RefundDecision order={order} onDone={onChanged} /> : null}
    </View>
  )
}
