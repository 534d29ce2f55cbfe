import { merchantCardActions } from './merchant-order-actions'
import { ORDER_STATUSES } from './order-state'

describe('merchantCardActions', () => {
  it('offers shipping for a paid order and a refund decision for a requested refund, to the owner', () => {
    expect(merchantCardActions('paid', 'owner')).toEqual({ ship: true, decideRefund: false })
    expect(merchantCardActions('refund_requested', 'owner')).toEqual({ ship: false, decideRefund: true })
  })

  it('offers nothing in the states the merchant cannot move', () => {
    for (const status of ORDER_STATUSES.filter((s) => s !== 'paid' && s !== 'refund_requested')) {
      expect(merchantCardActions(status, 'owner')).toEqual({ ship: false, decideRefund: false })
    }
  })

  it('narrows to the role: a 发货员 ships but never decides refunds, 客服 does neither, nobody before the role is known', () => {
    expect(merchantCardActions('paid', 'shipping').ship).toBe(true)
    expect(merchantCardActions('refund_requested', 'shipping').decideRefund).toBe(false)
    expect(merchantCardActions('refund_requested', 'manager').decideRefund).toBe(false)
    expect(merchantCardActions('paid', 'manager').ship).toBe(true)
    expect(merchantCardActions('paid', 'service').ship).toBe(false)
    expect(merchantCardActions('paid', null)).toEqual({ ship: false, decideRefund: false })
  })
})
