import {
  actionsFor,
  buyerActions,
  BUYER_TABS,
  canApply,
  holdsStock,
  MERCHANT_TABS,
  nextStatus,
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  stateRefusal,
  tabCount,
  type OrderEvent,
} from './order-state'
import { orders } from '../../cloud/db/schema/orders'

describe('order state machine', () => {
  it('has the statuses the orders table stores', () => {
    expect(orders.status.enumValues).toEqual([...ORDER_STATUSES])
  })

  it('follows DESIGN.md section 4 exactly: every (status, event) pair', () => {
    const expected: Record<string, string | null> = {}
    const table: Array<[string, OrderEvent, string]> = [
      ['pending_payment', 'pay', 'paid'],
      ['pending_payment', 'cancel', 'cancelled'],
      ['pending_payment', 'expire', 'cancelled'],
      ['paid', 'ship', 'shipped'],
      ['shipped', 'confirmReceipt', 'completed'],
      ['paid', 'requestRefund', 'refund_requested'],
      ['shipped', 'requestRefund', 'refund_requested'],
      ['refund_requested', 'approveRefund', 'refunded'],
      ['refund_requested', 'refuseRefund', 'shipped'],
    ]
    for (const [from, event, to] of table) expected[`${from}:${event}`] = to
    for (const status of ORDER_STATUSES) {
      for (const event of Object.keys(ORDER_TRANSITIONS) as OrderEvent[]) {
        const want = expected[`${status}:${event}`] ?? null
        expect([status, event, nextStatus(status, event, 'shipped')]).toEqual([status, event, want])
      }
    }
  })

  it('sends a refused refund back where it came from', () => {
    expect(nextStatus('refund_requested', 'refuseRefund', 'paid')).toBe('paid')
    expect(nextStatus('refund_requested', 'refuseRefund', 'shipped')).toBe('shipped')
  })

  it('releases stock on cancel, expiry and approved refunds only', () => {
    const releasing = (Object.keys(ORDER_TRANSITIONS) as OrderEvent[]).filter((e) => ORDER_TRANSITIONS[e].releasesStock)
    expect(releasing.sort()).toEqual(['approveRefund', 'cancel', 'expire'])
    expect(ORDER_STATUSES.filter((s) => !holdsStock(s))).toEqual(['cancelled', 'refunded'])
  })

  it('offers each actor only what applies now', () => {
    expect(actionsFor('pending_payment', 'buyer')).toEqual(['cancel'])
    expect(actionsFor('shipped', 'buyer')).toEqual(['confirmReceipt', 'requestRefund'])
    expect(actionsFor('paid', 'merchant')).toEqual(['ship'])
    expect(actionsFor('refund_requested', 'merchant')).toEqual(['approveRefund', 'refuseRefund'])
    expect(actionsFor('completed', 'buyer')).toEqual([])
    expect(canApply('cancelled', 'pay')).toBe(false)
    expect(buyerActions('pending_payment')).toEqual(['pay', 'cancel'])
    expect(buyerActions('paid')).toEqual(['requestRefund'])
    expect(buyerActions('refunded')).toEqual([])
  })

  it('explains a refusal in Chinese', () => {
    expect(stateRefusal('shipped', 'cancel')).toBe('订单待收货，不能取消')
  })

  it('tabs cover their statuses and count them', () => {
    const counts = { pending_payment: 2, paid: 3, refund_requested: 1, refunded: 4 }
    expect(tabCount(BUYER_TABS.find((t) => t.key === 'refund')!.statuses, counts)).toBe(5)
    expect(tabCount(BUYER_TABS[0].statuses, counts)).toBe(10)
    const merchantStatuses = MERCHANT_TABS.flatMap((t) => [...t.statuses]).sort()
    expect(merchantStatuses).toEqual([...ORDER_STATUSES].sort())
  })
})
