// The top of an order: its state in words and, while unpaid, the time left to pay.
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { STATUS_LABELS } from '@/domain/order-state'
import { formatCountdown, paymentTimeLeft } from '@/domain/order-timeline'
import type { Order } from '@/domain/order-types'
import { refundAwareLabel, refundHint } from '@/domain/refund-status'
import './order-status-header.css'

const HINTS: Record<Order['status'], string> = {
  pending_payment: '',
  paid: '商家正在备货，发货后会通知你',
  shipped: '包裹已在路上，收到后请确认收货',
  completed: '交易完成，欢迎再来',
  cancelled: '订单已取消',
  refund_requested: '退款申请已提交，等待商家处理',
  refunded: '退款已原路退回',
}

/** Ticks every second while the order waits for payment; calls onExpire once time is up. */
export function useCountdown(order: Pick<Order, 'status' | 'expiresAt'>, onExpire: () => void): number {
  const [left, setLeft] = useState(() => paymentTimeLeft(order, new Date()))
  // The countdown restarts only when the order's state or deadline changes; a new callback does not.
  const expired = useRef(onExpire)
  expired.current = onExpire
  const { status, expiresAt } = order
  useEffect(() => {
    const deadline = { status, expiresAt }
    setLeft(paymentTimeLeft(deadline, new Date()))
    if (status !== 'pending_payment') return undefined
    const timer = setInterval(() => {
      const next = paymentTimeLeft(deadline, new Date())
      setLeft(next)
      if (next <= 0) {
        clearInterval(timer)
        expired.current()
      }
    }, 1000)
    return () => clearInterval(timer)
  }, [status, expiresAt])
  return left
}

export function OrderStatusHeader({ order, onExpire }: { order: Order; onExpire(): void }) {
  const left = useCountdown(order, onExpire)
  const hint =
    order.status === 'pending_payment'
      ? left > 0
        ? `请在 ${formatCountdown(left)} 内完成支付，超时订单将自动取消`
        : '支付已超时，订单即将取消'
      : (refundHint(order) ?? HINTS[order.status])
  return (
    <View className={`order-status order-status--${order.status}`}>
      <Text className='order-status__label'>{refundAwareLabel(order, STATUS_LABELS[order.status])}</Text>
      {order.status === 'pending_payment' && left > 0 ? <Text className='order-status__countdown'>{formatCountdown(left)}</Text> : null}
      <Text className='order-status__hint'>{hint}</Text>
    </View>
  )
}
