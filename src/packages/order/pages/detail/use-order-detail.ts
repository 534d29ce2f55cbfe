// One order of the shopper: loading, reloading, and the actions valid in its state.
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { AppError } from '@/domain/errors'
import type { OrderEvent } from '@/domain/order-state'
import type { Order } from '@/domain/order-types'
import { applyReorder, planReorder, reorderNotice } from '@/domain/reorder'
import { cancelOrder, confirmReceipt, getCartItems, getOrder, requestRefund } from '@/services/order'
import { useCart } from '@/store/cart'
import { useLoadOn } from '@/hooks/use-load-on'
import { usePay } from '../../components/use-pay'

function asAppError(error: unknown): AppError {
  return error instanceof AppError ? error : new AppError('INTERNAL')
}

export function useOrderDetail(orderId: string) {
  const [order, setOrder] = useState<Order | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [acting, setActing] = useState<OrderEvent | null>(null)
  const [refunding, setRefunding] = useState(false)
  const { paying, pay } = usePay()

  const load = () => {
    setError(null)
    getOrder(orderId).then(setOrder, (failure: unknown) => setError(asAppError(failure)))
  }
  useLoadOn(orderId, load)

  const run = async (event: OrderEvent, action: () => Promise<Order>, done: string) => {
    setActing(event)
    try {
      setOrder(await action())
      void Taro.showToast({ title: done, icon: 'success' })
    } catch (failure) {
      const appError = asAppError(failure)
      void Taro.showToast({ title: appError.message, icon: 'none' })
      // Someone else changed it meanwhile (the timer, the merchant): show what it is now.
      if (appError.code === 'ORDER_STATE') load()
    } finally {
      setActing(null)
    }
  }

  const confirmThen = async (title: string, content: string, then: () => Promise<void>) => {
    const answer = await Taro.showModal({ title, content })
    if (answer.confirm) await then()
  }

  const act = (event: OrderEvent) => {
    if (!order || acting || paying) return
    switch (event) {
      case 'pay':
        void pay(order.id).then(load)
        return
      case 'cancel':
        void confirmThen('取消订单', '确定取消这个订单吗？商品将重新上架。', () => run('cancel', () => cancelOrder(order.id), '订单已取消'))
        return
      case 'confirmReceipt':
        void confirmThen('确认收货', '请确认已收到商品，确认后交易完成。', () => run('confirmReceipt', () => confirmReceipt(order.id), '已确认收货'))
        return
      case 'requestRefund':
        setRefunding(true)
        return
      default:
    }
  }

  const submitRefund = async (reason: string) => {
    if (!order) return
    await run('requestRefund', () => requestRefund(order.id, reason), '已提交退款申请')
    setRefunding(false)
  }

  // 再来一单: the lines as sold now into the cart (applied here, in the order package, so the
  // main package that holds the cart store does not grow), then the cart.
  const [reordering, setReordering] = useState(false)
  const reorder = async () => {
    if (!order || reordering) return
    setReordering(true)
    try {
      const plan = planReorder(order.items, await getCartItems(order.items.map((item) => item.skuId)))
      if (plan.lines.length > 0) useCart.setState((state) => ({ lines: applyReorder(state.lines, plan.lines) }))
      const notice = reorderNotice(plan)
      if (notice) await Taro.showModal({ title: plan.lines.length > 0 ? '已加入购物车' : '无法再来一单', content: notice, showCancel: false })
      if (plan.lines.length > 0) await Taro.switchTab({ url: '/pages/cart/index' })
    } catch (failure) {
      void Taro.showToast({ title: asAppError(failure).message, icon: 'none' })
    } finally {
      setReordering(false)
    }
  }

  return { order, error, load, act, acting, paying, refunding, setRefunding, submitRefund, reorder, reordering }
}
