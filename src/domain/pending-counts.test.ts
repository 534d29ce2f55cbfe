import { pendingKindsFor, pendingTiles } from './pending-counts'

describe('pending counts', () => {
  it('shows each role only what it may act on', () => {
    expect(pendingKindsFor('owner')).toEqual(['toShip', 'refunds', 'unreadMessages'])
    expect(pendingKindsFor('manager')).toEqual(['toShip', 'unreadMessages'])
    expect(pendingKindsFor('shipping')).toEqual(['toShip'])
    expect(pendingKindsFor('service')).toEqual(['unreadMessages'])
  })

  it('taps through to the filtered order list or the inbox, and leaves hidden counts out', () => {
    const tiles = pendingTiles('s 1', { toShip: 3, refunds: null, unreadMessages: 0 })
    expect(tiles).toEqual([
      { kind: 'toShip', label: '待发货', count: 3, url: '/packages/merchant/pages/orders/index?storeId=s%201&tab=paid' },
      { kind: 'unreadMessages', label: '未读消息', count: 0, url: '/packages/merchant/pages/inbox/index?storeId=s%201' },
    ])
  })
})
