import type { CartLine } from './order-cart'
import type { CartItemInfo, Order } from './order-types'
import { applyReorder, canReorder, planReorder, reorderNotice } from './reorder'

const item = (skuId: string, quantity: number, title = `商品${skuId}`): Order['items'][number] => ({
  skuId, productId: `p-${skuId}`, title, image: '', specs: { 颜色: '白' }, price: 1000, quantity,
})
const info = (skuId: string, patch: Partial<CartItemInfo> = {}): CartItemInfo => ({
  skuId, productId: `p-${skuId}`, storeId: 's1', storeName: '山野小店', title: `新商品${skuId}`, image: '/img.png', specs: { 颜色: '白' }, price: 1200, stock: 10, status: 'on_sale', ...patch,
})

describe('再来一单', () => {
  it('is offered on finished, cancelled and refunded orders only', () => {
    expect(['completed', 'cancelled', 'refunded'].every((s) => canReorder(s as never))).toBe(true)
    expect(['pending_payment', 'paid', 'shipped', 'refund_requested'].some((s) => canReorder(s as never))).toBe(false)
  })

  it('puts the same SKUs and quantities back at today’s price and title', () => {
    const plan = planReorder([item('a', 2), item('b', 1)], [info('a'), info('b', { price: 900 })])
    expect(plan.skipped).toEqual([])
    expect(plan.lines.map((l) => [l.skuId, l.quantity, l.price, l.title])).toEqual([['a', 2, 1200, '新商品a'], ['b', 1, 900, '新商品b']])
    expect(reorderNotice(plan)).toBeNull()
  })

  it('skips what is off sale, gone or sold out, says which, and takes what is left of a short one', () => {
    const plan = planReorder(
      [item('a', 2, '马克杯'), item('b', 1, '茶壶'), item('c', 1, '杯垫'), item('d', 5, '围裙')],
      [info('a', { status: 'off_sale' }), info('c', { stock: 0 }), info('d', { stock: 3 })],
    )
    expect(plan.lines.map((l) => [l.skuId, l.quantity])).toEqual([['d', 3]])
    expect(plan.skipped).toEqual([
      { title: '马克杯', reason: '已下架' },
      { title: '茶壶', reason: '已下架' },
      { title: '杯垫', reason: '已售罄' },
      { title: '围裙', reason: '仅剩 3 件，已加入 3 件' },
    ])
    expect(reorderNotice(plan)).toBe('以下商品未能全部加入购物车：马克杯（已下架）、茶壶（已下架）、杯垫（已售罄）、围裙（仅剩 3 件，已加入 3 件）')
    expect(reorderNotice(planReorder([item('a', 1, '马克杯')], []))).toBe('商品都买不到了：马克杯（已下架）')
  })

  it('selects exactly the reordered lines, never doubling one already in the cart', () => {
    const cart: CartLine[] = [
      { skuId: 'a', productId: 'p-a', storeId: 's1', storeName: '山野小店', title: '旧', image: '', specs: {}, price: 1000, quantity: 1, selected: false, stock: 5, status: 'ok' },
      { skuId: 'x', productId: 'p-x', storeId: 's2', storeName: '别家', title: '别的', image: '', specs: {}, price: 500, quantity: 4, selected: true, stock: 9, status: 'ok' },
    ]
    const { lines } = planReorder([item('a', 2), item('b', 1)], [info('a'), info('b')])
    const once = applyReorder(cart, lines)
    expect(once.map((l) => [l.skuId, l.quantity, l.selected])).toEqual([['a', 2, true], ['x', 4, false], ['b', 1, true]])
    expect(applyReorder(once, lines).map((l) => [l.skuId, l.quantity, l.selected])).toEqual([['a', 2, true], ['x', 4, false], ['b', 1, true]])
  })
})
