// Paying an order: open a payment with the cloud, then hand it to the payment sheet the cloud
// chose — WeChat's (Taro.requestPayment) or, locally, the simulated one (payment.simulate,
// which runs the same callback handler). Resolves when the cloud has recorded the payment or
// the sheet reported success; rejects with AppError, or 'cancelled' when the shopper closed it.
import Taro from '@tarojs/taro'
import { AppError } from '@/domain/errors'
import { simulatePayment, startPayment } from './order'

export type PayResult = 'paid' | 'cancelled'

export async function payOrder(orderId: string): Promise<PayResult> {
  const start = await startPayment(orderId)
  if (start.provider === 'simulated') {
    await simulatePayment(orderId)
    return 'paid'
  }
  try {
    await Taro.requestPayment(start.params as unknown as Taro.requestPayment.Option)
    return 'paid'
  } catch (error) {
    const message = (error as { errMsg?: string })?.errMsg ?? ''
    if (message.includes('cancel')) return 'cancelled'
    throw new AppError('INTERNAL', '支付未完成，请稍后在订单中重新支付', { cause: message })
  }
}
