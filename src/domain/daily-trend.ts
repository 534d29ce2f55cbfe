// The stats page's daily trend: visitors, orders and sales per China day over 7 or 30 days.
// The cloud counts per day in SQL; this fills the quiet days and lays out the columns.
import { chinaDay } from './order-export'
import { barPercents } from './sales-stats'

const DAY_MS = 24 * 60 * 60 * 1000

export interface DailyPoint {
  /** The China calendar day, `YYYY-MM-DD`. */
  day: string
  visitors: number
  orders: number
  /** Fen paid that day (order totals, delivery included). */
  paidAmount: number
}

export const TREND_METRICS = ['visitors', 'orders', 'paidAmount'] as const
export type TrendMetric = (typeof TREND_METRICS)[number]
export const TREND_METRIC_LABELS: Record<TrendMetric, string> = { visitors: '访客', orders: '订单', paidAmount: '成交额' }

/**
 * One point per China day from `from`'s day to `to`'s day, in order; days the cloud
 * counted nothing for are zeros. Rows outside the range are ignored, not shown.
 */
export function fillDays(from: Date, to: Date, rows: ReadonlyArray<Partial<DailyPoint> & { day: string }>): DailyPoint[] {
  const counted = new Map<string, Partial<DailyPoint>>()
  for (const row of rows) counted.set(row.day, { ...counted.get(row.day), ...row })
  const points: DailyPoint[] = []
  const last = chinaDay(to)
  for (let at = from.getTime(); ; at += DAY_MS) {
    const day = chinaDay(new Date(at))
    if (day > last) break
    const row = counted.get(day)
    points.push({ day, visitors: row?.visitors ?? 0, orders: row?.orders ?? 0, paidAmount: row?.paidAmount ?? 0 })
    if (day === last) break
  }
  return points
}

export interface TrendColumn {
  day: string
  /** Height in percent of the tallest column. */
  height: number
  /** The axis label (`12/7`), or '' where labels would crowd: 30 columns show every fifth. */
  label: string
  value: number
}

/** Columns for one metric; the last day (today) is always labelled. */
export function trendColumns(points: readonly DailyPoint[], metric: TrendMetric): TrendColumn[] {
  const heights = barPercents(points.map((point) => point[metric]))
  const every = points.length > 10 ? 5 : 1
  return points.map((point, i) => {
    const fromEnd = points.length - 1 - i
    const [, month, date] = point.day.split('-').map(Number)
    return { day: point.day, height: heights[i], label: fromEnd % every === 0 ? `${month}/${date}` : '', value: point[metric] }
  })
}
