// Local twin of Cloud Pay: no money moves. unifiedOrder refuses what WeChat refuses (an amount
// below one fen) and answers with parameters the H5 client hands to payment.simulate, which
// runs the same payment.notify handler as the real callback.
import type { PayAdapter } from '../platform'

function checkFen(amount: number, what: string): void {
  if (!Number.isSafeInteger(amount) || amount < 1) throw new Error(`invalid ${what} ${amount}`)
}

export function localPay(): PayAdapter {
  return {
    provider: 'simulated',
    async unifiedOrder(request) {
      checkFen(request.amount, 'total_fee')
      return { orderId: request.orderId, amount: request.amount, description: request.description }
    },
    async refund(request) {
      checkFen(request.amount, 'refund_fee')
      if (request.amount > request.total) throw new Error(`refund_fee ${request.amount} exceeds total_fee ${request.total}`)
      return { status: 'succeeded' }
    },
  }
}
