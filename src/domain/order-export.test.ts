import { chinaDayRange, csvSafeText, EXPORT_COLUMNS, exportLine, PAID_COLUMN } from './order-export'

const order = {
  id: 'o1',
  orderNo: '20261201-0007',
  status: 'shipped' as const,
  createdAt: new Date('2026-12-01T02:00:00Z'),
  paidAt: new Date('2026-12-01T02:01:00Z'),
  deliveryFee: 800,
  total: 3380,
  delivery: 'express' as const,
  address: { userName: '张三', telNumber: '13800138000', provinceName: '广东省', cityName: '广州市', countyName: '海珠区', detailInfo: '新港中路397号' },
  carrier: 'SF',
  trackingNo: 'SF123',
  note: '请包好',
}

describe('exportLine', () => {
  it('puts the freight and the paid total on the first line of an order only', () => {
    const first = exportLine(order, { title: '杯', specs: { 颜色: '红' }, price: 1290, quantity: 2 }, true)
    const second = exportLine(order, { title: '碟', specs: {}, price: 0, quantity: 1 }, false)
    expect(first).toHaveLength(EXPORT_COLUMNS.length)
    expect(first[PAID_COLUMN]).toEqual({ fen: 3380 })
    expect(second[PAID_COLUMN]).toEqual({ fen: null })
    expect(first[8]).toEqual({ fen: 2580 })
    expect(first[1]).toEqual({ text: '2026-12-01 10:00:00' })
    // The number read out over the phone first, the id last.
    expect(first[0]).toEqual({ text: '20261201-0007' })
    expect(first[EXPORT_COLUMNS.length - 1]).toEqual({ text: 'o1' })
    expect(exportLine({ ...order, orderNo: null }, { title: '杯', specs: {}, price: 1, quantity: 1 }, true)[0]).toEqual({ text: 'o1' })
    expect(first[14]).toEqual({ text: '广东省 广州市 海珠区 新港中路397号' })
  })

  it('leaves the address out of pickup orders', () => {
    const line = exportLine({ ...order, delivery: 'pickup' }, { title: '杯', specs: {}, price: 100, quantity: 1 }, true)
    expect(line[12]).toEqual({ text: '' })
    expect(line[14]).toEqual({ text: '' })
  })
})

describe('csvSafeText and chinaDayRange', () => {
  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvSafeText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")')
    expect(csvSafeText('@SUM(1)')).toBe("'@SUM(1)")
    expect(csvSafeText('普通文字')).toBe('普通文字')
  })

  it('covers whole China-time days', () => {
    expect(chinaDayRange('2026-12-01', '2026-12-07')).toEqual({ from: '2026-11-30T16:00:00.000Z', to: '2026-12-07T15:59:59.999Z' })
  })
})
