// Sales by entry source (merchant.stats): which QR code, share, link or live room brought
// visitors and paid orders. The cloud counts in SQL and shapes here; the console formats here.
import type { EntrySource } from './entry'

/** Orders that count as sales: paid and not given back. Refunded and cancelled ones do not. */
export const SALES_STATUSES = ['paid', 'shipped', 'completed', 'refund_requested'] as const

export const STATS_PERIODS = ['today', '7d', '30d'] as const
export type StatsPeriod = (typeof STATS_PERIODS)[number]

export const STATS_PERIOD_LABELS: Record<StatsPeriod, string> = { today: '今日', '7d': '近 7 天', '30d': '近 30 天' }

/** Orders without a recorded entry were reached directly (e.g. from the Mini Program list). */
export const UNKNOWN_SOURCE: EntrySource = 'direct'

const SOURCE_LABELS: Record<string, string> = {
  qr: '扫码',
  wxacode: '小程序码',
  share: '分享卡片',
  moments: '朋友圈',
  weibo: '微博',
  link: '外部链接',
  live: '直播间',
  ad: '广告',
  search: '搜索',
  direct: '直接访问',
  jielong: '接龙',
}

export function sourceLabel(source: string): string {
  return SOURCE_LABELS[source] ?? source
}

// China has had one offset all year since 1991: days start at 00:00 +08:00.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/** Start of the period: today's midnight in China, or that of 6 / 29 days before. */
export function periodStart(now: Date, period: StatsPeriod): Date {
  const daysBack = period === 'today' ? 0 : period === '7d' ? 6 : 29
  const local = new Date(now.getTime() + CHINA_OFFSET_MS)
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - daysBack)
  return new Date(midnight - CHINA_OFFSET_MS)
}

/** Orders per visitor, to four decimals; null when nobody visited (no rate to speak of). */
export function conversionOf(orders: number, visitors: number): number | null {
  if (visitors <= 0) return null
  return Math.round((orders / visitors) * 10_000) / 10_000
}

export interface StatsLine {
  visitors: number
  orders: number
  /** Fen the buyers paid (order totals, delivery included). */
  paidAmount: number
  conversion: number | null
}

export interface SourceStats extends StatsLine {
  source: string
}

export interface CampaignStats extends StatsLine {
  campaign: string
  source: string
}

export interface SalesStats {
  period: StatsPeriod
  from: string
  to: string
  totals: StatsLine
  bySource: SourceStats[]
  byCampaign: CampaignStats[]
}

/** What the cloud counted: distinct visitors per source and per campaign, orders per both. */
export interface StatsCounts {
  totalVisitors: number
  visitorsBySource: Array<{ source: string; visitors: number }>
  visitorsByCampaign: Array<{ source: string; campaign: string; visitors: number }>
  ordersBySourceAndCampaign: Array<{ source: string; campaign: string | null; orders: number; paidAmount: number }>
}

function byWeight<T extends StatsLine>(a: T, b: T): number {
  return b.paidAmount - a.paidAmount || b.orders - a.orders || b.visitors - a.visitors
}

/**
 * Puts the counts together. A visitor who came from two sources counts once in the totals
 * but once under each source, so the totals' visitors may be fewer than the sources' sum;
 * orders and amounts add up exactly.
 */
export function shapeSalesStats(period: StatsPeriod, from: Date, to: Date, counts: StatsCounts): SalesStats {
  const sources = new Map<string, SourceStats>()
  const source = (name: string) => {
    let line = sources.get(name)
    if (!line) sources.set(name, (line = { source: name, visitors: 0, orders: 0, paidAmount: 0, conversion: null }))
    return line
  }
  const campaigns = new Map<string, CampaignStats>()
  const campaign = (name: string, from: string) => {
    const key = JSON.stringify([name, from])
    let line = campaigns.get(key)
    if (!line) campaigns.set(key, (line = { campaign: name, source: from, visitors: 0, orders: 0, paidAmount: 0, conversion: null }))
    return line
  }

  for (const row of counts.visitorsBySource) source(row.source).visitors += row.visitors
  for (const row of counts.visitorsByCampaign) campaign(row.campaign, row.source).visitors += row.visitors
  let orders = 0
  let paidAmount = 0
  for (const row of counts.ordersBySourceAndCampaign) {
    const line = source(row.source)
    line.orders += row.orders
    line.paidAmount += row.paidAmount
    orders += row.orders
    paidAmount += row.paidAmount
    if (row.campaign) {
      const byCampaign = campaign(row.campaign, row.source)
      byCampaign.orders += row.orders
      byCampaign.paidAmount += row.paidAmount
    }
  }
  const withRate = <T extends StatsLine>(line: T): T => ({ ...line, conversion: conversionOf(line.orders, line.visitors) })
  return {
    period,
    from: from.toISOString(),
    to: to.toISOString(),
    totals: withRate({ visitors: counts.totalVisitors, orders, paidAmount, conversion: null }),
    bySource: [...sources.values()].map(withRate).sort((a, b) => byWeight(a, b) || a.source.localeCompare(b.source)),
    byCampaign: [...campaigns.values()].map(withRate).sort((a, b) => byWeight(a, b) || a.campaign.localeCompare(b.campaign)),
  }
}

/** "12.5%", or "—" when there is no rate. */
export function formatConversion(conversion: number | null): string {
  if (conversion === null) return '—'
  return `${(Math.round(conversion * 1000) / 10).toFixed(1)}%`
}

/** Bar lengths in percent of the largest value; a non-zero value always shows a sliver. */
export function barPercents(values: readonly number[]): number[] {
  const max = Math.max(0, ...values)
  if (max === 0) return values.map(() => 0)
  return values.map((value) => (value <= 0 ? 0 : Math.max(2, Math.round((value / max) * 100))))
}
