import { barPercents, conversionOf, formatConversion, periodStart, shapeSalesStats, sourceLabel } from './sales-stats'

describe('periodStart: days begin at midnight in China (UTC+8)', () => {
  // 2026-03-10 01:30 in Shanghai is 2026-03-09 17:30 UTC.
  const now = new Date('2026-03-09T17:30:00Z')

  it('today starts at 00:00 Shanghai time, not UTC', () => {
    expect(periodStart(now, 'today').toISOString()).toBe('2026-03-09T16:00:00.000Z')
  })

  it('7 days is today and the 6 days before', () => {
    expect(periodStart(now, '7d').toISOString()).toBe('2026-03-03T16:00:00.000Z')
  })

  it('30 days crosses month ends correctly', () => {
    expect(periodStart(now, '30d').toISOString()).toBe('2026-02-08T16:00:00.000Z')
  })

  it('just before midnight in Shanghai is still the same day', () => {
    expect(periodStart(new Date('2026-03-09T15:59:59Z'), 'today').toISOString()).toBe('2026-03-08T16:00:00.000Z')
  })
})

describe('conversionOf', () => {
  it('is orders per visitor to four decimals, null without visitors', () => {
    expect(conversionOf(1, 3)).toBe(0.3333)
    expect(conversionOf(0, 5)).toBe(0)
    expect(conversionOf(2, 0)).toBeNull()
  })
})

describe('shapeSalesStats', () => {
  const from = new Date('2026-03-01T16:00:00Z')
  const to = new Date('2026-03-08T10:00:00Z')
  const stats = shapeSalesStats('7d', from, to, {
    totalVisitors: 5,
    visitorsBySource: [
      { source: 'qr', visitors: 3 },
      { source: 'weibo', visitors: 2 },
      { source: 'share', visitors: 1 },
    ],
    visitorsByCampaign: [{ source: 'qr', campaign: '春季海报', visitors: 2 }],
    ordersBySourceAndCampaign: [
      { source: 'qr', campaign: '春季海报', orders: 2, paidAmount: 2580 },
      { source: 'qr', campaign: null, orders: 1, paidAmount: 990 },
      { source: 'weibo', campaign: null, orders: 1, paidAmount: 6800 },
      { source: 'direct', campaign: null, orders: 1, paidAmount: 100 },
    ],
  })

  it('adds orders and amounts exactly, keeping distinct visitors as counted', () => {
    expect(stats.totals).toEqual({ visitors: 5, orders: 5, paidAmount: 10470, conversion: 1 })
    expect(stats.from).toBe(from.toISOString())
    expect(stats.to).toBe(to.toISOString())
  })

  it('lists every source with visitors or orders, biggest sales first', () => {
    expect(stats.bySource).toEqual([
      { source: 'weibo', visitors: 2, orders: 1, paidAmount: 6800, conversion: 0.5 },
      { source: 'qr', visitors: 3, orders: 3, paidAmount: 3570, conversion: 1 },
      { source: 'direct', visitors: 0, orders: 1, paidAmount: 100, conversion: null },
      { source: 'share', visitors: 1, orders: 0, paidAmount: 0, conversion: 0 },
    ])
  })

  it('lists campaigns with their source', () => {
    expect(stats.byCampaign).toEqual([{ campaign: '春季海报', source: 'qr', visitors: 2, orders: 2, paidAmount: 2580, conversion: 1 }])
  })
})

describe('formatting for the console', () => {
  it('formatConversion', () => {
    expect(formatConversion(0.125)).toBe('12.5%')
    expect(formatConversion(1)).toBe('100.0%')
    expect(formatConversion(0)).toBe('0.0%')
    expect(formatConversion(null)).toBe('—')
  })

  it('barPercents scales to the largest and keeps small values visible', () => {
    expect(barPercents([6800, 3400, 10, 0])).toEqual([100, 50, 2, 0])
    expect(barPercents([0, 0])).toEqual([0, 0])
    expect(barPercents([])).toEqual([])
  })

  it('sourceLabel names sources in Chinese and passes unknown ones through', () => {
    expect(sourceLabel('weibo')).toBe('微博')
    expect(sourceLabel('direct')).toBe('直接访问')
    expect(sourceLabel('newthing')).toBe('newthing')
  })
})
