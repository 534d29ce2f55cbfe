import { formatCountdown, formatOrderTime, orderTimeline, paymentTimeLeft } from './order-timeline'
import type { Order } from './order-types'

const base: Order = {
  id: 'o1', orderNo: '20261125-0001', storeId: 's1', storeName: '小店', status: 'pending_payment', items: [], itemsTotal: 100, deliveryFee: 0, discount: 0, total: 100, userCouponId: null,
  delivery: 'express', address: null, note: '', entry: null, createdAt: '2026-11-25T06:00:00.000Z', expiresAt: '2026-11-25T06:30:00.000Z',
  paidAt: null, shippedAt: null, completedAt: null, cancelledAt: null, cancelReason: null, refundReason: null, refundRequestedAt: null,
  refundedAt: null, refundDecisionReason: null, carrier: null, trackingNo: null, refundDue: false,
  refundStatus: 'none',
}

describe('order timeline', () => {
  it('lists the steps in time order with their details', () => {
    const order: Order = { ...base, status: 'completed', paidAt: '2026-11-25T06:05:00.000Z', shippedAt: '2026-11-25T08:00:00.000Z', carrier: 'SF', trackingNo: 'SF1', completedAt: '2026-11-27T01:00:00.000Z' }
    expect(orderTimeline(order).map((s) => [s.label, s.detail])).toEqual([
      ['提交订单', undefined],
      ['支付成功', undefined],
      ['商家已发货', '顺丰速运 SF1'],
      ['确认收货', undefined],
    ])
  })

  it('shows a refused refund and a payment flagged for refund', () => {
    const refused = orderTimeline({ ...base, status: 'paid', paidAt: '2026-11-25T06:05:00.000Z', refundRequestedAt: '2026-11-25T07:00:00.000Z', refundReason: '拍错了', refundDecisionReason: '已打包' })
    expect(refused.map((s) => s.label)).toEqual(['提交订单', '支付成功', '申请退款', '商家拒绝退款'])
    const late = orderTimeline({ ...base, status: 'cancelled', cancelledAt: '2026-11-25T06:30:00.000Z', cancelReason: '超时未支付', refundDue: true, refundStatus: 'pending' })
    expect(late.map((s) => s.label)).toEqual(['提交订单', '订单已取消', '订单取消后才到账的付款将原路退回（退款中）'])
  })

  it('dates a refund only once the platform confirmed it, and says when it failed', () => {
    const cancelled = { ...base, status: 'cancelled' as const, cancelledAt: '2026-11-25T06:30:00.000Z', refundDue: false }
    const back = orderTimeline({ ...cancelled, refundStatus: 'succeeded', refundedAt: '2026-11-25T06:40:00.000Z' })
    expect(back.map((s) => [s.label, s.at])).toEqual([
      ['提交订单', base.createdAt],
      ['订单已取消', '2026-11-25T06:30:00.000Z'],
      ['退款成功', '2026-11-25T06:40:00.000Z'],
    ])
    const stuck = orderTimeline({ ...cancelled, refundDue: true, refundStatus: 'failed' })
    expect(stuck.map((s) => s.label).at(-1)).toBe('退款失败，请联系商家')
  })

  it('counts down the time left to pay, never below zero', () => {
    expect(paymentTimeLeft(base, new Date('2026-11-25T06:00:55.000Z'))).toBe(29 * 60_000 + 5000)
    expect(paymentTimeLeft(base, new Date('2026-11-25T07:00:00.000Z'))).toBe(0)
    expect(paymentTimeLeft({ ...base, status: 'paid' }, new Date('2026-11-25T06:00:00.000Z'))).toBe(0)
    expect(formatCountdown(29 * 60_000 + 5000)).toBe('29:05')
    expect(formatCountdown(400)).toBe('00:01')
    expect(formatCountdown(-5)).toBe('00:00')
  })

  it('formats times as a Chinese shopper reads them', () => {
    expect(formatOrderTime('2026-11-25T06:03:00.000Z')).toMatch(/^2026-11-2[56] \d\d:03$/)
  })
})
