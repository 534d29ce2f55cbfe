import { fillDays, trendColumns } from './daily-trend'
import { chinaDay } from './order-export'
import { periodStart } from './sales-stats'

describe('daily trend', () => {
  it('names the China day an instant falls in', () => {
    expect(chinaDay(new Date('2026-03-09T15:59:59Z'))).toBe('2026-03-09')
    expect(chinaDay(new Date('2026-03-09T16:00:00Z'))).toBe('2026-03-10')
  })

  it('fills every day of the period in order, zeros where nothing was counted', () => {
    const now = new Date('2026-03-10T04:00:00Z')
    const points = fillDays(periodStart(now, '7d'), now, [
      { day: '2026-03-10', visitors: 3 },
      { day: '2026-03-10', orders: 2, paidAmount: 990 },
      { day: '2026-03-05', visitors: 1 },
      { day: '2026-02-01', visitors: 99 },
    ])
    expect(points.map((p) => p.day)).toEqual(['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10'])
    expect(points[6]).toEqual({ day: '2026-03-10', visitors: 3, orders: 2, paidAmount: 990 })
    expect(points[1]).toEqual({ day: '2026-03-05', visitors: 1, orders: 0, paidAmount: 0 })
    expect(points.reduce((sum, p) => sum + p.visitors, 0)).toBe(4)
  })

  it('has thirty days for 30d, across a month end', () => {
    const now = new Date('2026-03-01T01:00:00Z')
    const points = fillDays(periodStart(now, '30d'), now, [])
    expect(points).toHaveLength(30)
    expect(points[0].day).toBe('2026-01-31')
    expect(points[29].day).toBe('2026-03-01')
  })

  it('lays out columns against the tallest, labelling every fifth day back from today on 30 days', () => {
    const now = new Date('2026-03-10T04:00:00Z')
    const week = fillDays(periodStart(now, '7d'), now, [{ day: '2026-03-10', orders: 4 }, { day: '2026-03-08', orders: 1 }])
    const columns = trendColumns(week, 'orders')
    expect(columns.map((c) => c.height)).toEqual([0, 0, 0, 0, 25, 0, 100])
    expect(columns.map((c) => c.label)).toEqual(['3/4', '3/5', '3/6', '3/7', '3/8', '3/9', '3/10'])
    const month = trendColumns(fillDays(periodStart(now, '30d'), now, []), 'visitors')
    expect(month).toHaveLength(30)
    expect(month.filter((c) => c.label).map((c) => c.label)).toEqual(['2/13', '2/18', '2/23', '2/28', '3/5', '3/10'])
  })
})
