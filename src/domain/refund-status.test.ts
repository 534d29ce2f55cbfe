import { merchantRefundNote, refundAwareLabel, refundHint } from './refund-status'

describe('refund status in words', () => {
  it('tells the buyer where a late payment is: on its way, back, or stuck', () => {
    expect(refundHint({ status: 'cancelled', refundStatus: 'pending' })).toBe('订单取消后才到账的付款将原路退回（退款中）')
    expect(refundHint({ status: 'cancelled', refundStatus: 'succeeded' })).toBe('订单取消后才到账的付款已原路退回')
    expect(refundHint({ status: 'cancelled', refundStatus: 'failed' })).toBe('退款失败，请联系商家')
    expect(refundHint({ status: 'cancelled', refundStatus: 'none' })).toBeNull()
  })

  it('says 已退款 on an approved refund only once the platform confirmed it', () => {
    expect(refundAwareLabel({ status: 'refunded', refundStatus: 'pending' }, '已退款')).toBe('退款中')
    expect(refundAwareLabel({ status: 'refunded', refundStatus: 'succeeded' }, '已退款')).toBe('已退款')
    expect(refundAwareLabel({ status: 'refunded', refundStatus: 'failed' }, '已退款')).toBe('退款失败')
    expect(refundAwareLabel({ status: 'paid', refundStatus: 'none' }, '待发货')).toBe('待发货')
    expect(refundHint({ status: 'refunded', refundStatus: 'pending' })).toBe('商家已同意退款，退款中，将原路退回')
    expect(refundHint({ status: 'refunded', refundStatus: 'succeeded' })).toBe('退款已原路退回')
  })

  it('tells the merchant what is left to do about the money', () => {
    expect(merchantRefundNote({ status: 'cancelled', refundStatus: 'pending' })).toBe('取消后才到账的付款：退款中，将原路退回')
    expect(merchantRefundNote({ status: 'refunded', refundStatus: 'failed' })).toBe('退款：退款失败，请到微信支付商户平台处理')
    expect(merchantRefundNote({ status: 'paid', refundStatus: 'none' })).toBeNull()
  })
})
