import { allSelected, applyCatalog, checkoutLines, checkoutStores, groupByStore, lineProblem, problemLabel, selectAll, selectedTotal, toggleLine, type CartLine } from './order-cart'
import type { CartItemInfo } from './order-types'

function line(skuId: string, storeId = 's1', extra: Partial<CartLine> = {}): CartLine {
  return { skuId, productId: `p-${skuId}`, storeId, storeName: '', title: `商品${skuId}`, image: '', specs: {}, price: 1000, quantity: 2, selected: true, stock: null, status: 'ok', ...extra }
}

function info(skuId: string, extra: Partial<CartItemInfo> = {}): CartItemInfo {
  return { skuId, productId: `p-${skuId}`, storeId: 's1', storeName: '山野小店', title: `新${skuId}`, image: '/n.svg', specs: { 色: '红' }, price: 1200, stock: 9, status: 'on_sale', ...extra }
}

describe('cart rules', () => {
  it('groups lines by store in the order stores first appear', () => {
    const groups = groupByStore([line('a', 's1'), line('b', 's2', { storeName: '二店' }), line('c', 's1', { storeName: '一店' })])
    expect(groups.map((g) => [g.storeId, g.storeName, g.lines.map((l) => l.skuId)])).toEqual([
      ['s1', '一店', ['a', 'c']],
      ['s2', '二店', ['b']],
    ])
  })

  it('takes fresh prices and stock, and marks — never drops — what cannot be bought', () => {
    const lines = [line('a'), line('b'), line('c'), line('d'), line('e', 's1', { quantity: 5 })]
    const next = applyCatalog(lines, [info('a'), info('b', { status: 'off_sale' }), info('c', { stock: 0 }), info('e', { stock: 3 })], ['a', 'b', 'c', 'd', 'e'])
    expect(next).toHaveLength(5)
    expect(next[0]).toMatchObject({ title: '新a', price: 1200, stock: 9, status: 'ok', selected: true, storeName: '山野小店' })
    expect(next.map(problemLabel)).toEqual([null, '已下架', '已售罄', '已下架', '库存仅剩 3 件'])
    expect(next.slice(1).every((l) => !l.selected)).toBe(true)
    expect(next[1].title).toBe('商品b')
  })

  it('leaves lines it was not asked about alone', () => {
    const lines = [line('a'), line('z', 's1', { price: 1 })]
    expect(applyCatalog(lines, [info('a')], ['a'])[1]).toEqual(lines[1])
  })

  it('checks out only selected, buyable lines, and totals those', () => {
    const lines = [line('a'), line('b', 's1', { selected: false }), line('c', 's1', { status: 'off_sale' }), line('d', 's1', { stock: 1 })]
    expect(checkoutLines(lines).map((l) => l.skuId)).toEqual(['a'])
    expect(selectedTotal(lines)).toBe(2000)
    expect(lineProblem(lines[3])).toBe('short')
  })

  it('knows when a selection spans stores', () => {
    expect(checkoutStores([line('a', 's1'), line('b', 's2')])).toEqual(['s1', 's2'])
    expect(checkoutStores([line('a', 's1'), line('b', 's2', { selected: false })])).toEqual(['s1'])
  })

  it('does not select a line that cannot be bought, but lets one be cleared', () => {
    const off = line('a', 's1', { status: 'off_sale', selected: false })
    expect(toggleLine([off], 'a')[0].selected).toBe(false)
    expect(toggleLine([line('b')], 'b')[0].selected).toBe(false)
  })

  it('selects all of a store, or everything, skipping what cannot be bought', () => {
    const lines = [line('a', 's1', { selected: false }), line('b', 's2', { selected: false }), line('c', 's1', { status: 'sold_out', selected: false })]
    const store = selectAll(lines, true, 's1')
    expect(store.map((l) => l.selected)).toEqual([true, false, false])
    expect(allSelected(store, 's1')).toBe(true)
    expect(allSelected(store)).toBe(false)
    expect(selectAll(store, true).map((l) => l.selected)).toEqual([true, true, false])
    expect(selectAll(store, false).every((l) => !l.selected)).toBe(true)
  })
})
