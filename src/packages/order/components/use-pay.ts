// 去支付 on an existing order: ask for order messages at the tap, then pay.
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import { payOrder, type PayResult } from '@/services/payment'
import { askOrderMessages } from '@/services/subscribe'
import { toastError } from '@/services/toast'

export function usePay(): { paying: boolean; pay(orderId: string): Promise<PayResult | 'failed'> } {
  const [paying, setPaying] = useState(false)
  const busy = useRef(false)
  const pay = async (orderId: string): Promise<PayResult | 'failed'> => {
    if (busy.current) return 'failed'
    busy.current = true
    // One-shot permission: it must be asked inside the tap, before anything is awaited.
    const asking = askOrderMessages()
    setPaying(true)
    try {
      await asking
      const result = await payOrder(orderId)
      void Taro.showToast({ title: result === 'paid' ? '支付成功' : '已取消支付', icon: result === 'paid' ? 'success' : 'none' })
      return result
    } catch (error) {
      toastError(error, '支付失败，请重试')
      return 'failed'
    } finally {
      busy.current = false
      setPaying(false)
    }
  }
  return { paying, pay }
}
