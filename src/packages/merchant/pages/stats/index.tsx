// Sales by entry source: visitors, orders, paid amount and conversion per source and per
// campaign, today / 7 days / 30 days, as bars and as a table, with a daily trend over 7 or 30 days.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { AppError } from '@/domain/errors'
import { formatFen } from '@/domain/money'
import { STATS_PERIODS, STATS_PERIOD_LABELS, formatConversion, sourceLabel, type StatsLine, type StatsPeriod } from '@/domain/sales-stats'
import { ErrorState } from '@/components/state-views'
import { getSalesStats } from '@/services/merchant'
import { BarChart } from '../../components/bar-chart'
import { TrendChart } from '../../components/trend-chart'
import { StatusTabs } from '../../components/status-tabs'
import { useStoreId } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'

function Table(props: { rows: Array<StatsLine & { key: string; label: string }> }) {
  return (
    <View className='stats-table'>
      <View className='stats-table__row stats-table__head'>
        <Text className='stats-table__name'>来源</Text>
        <Text className='stats-table__cell'>访客</Text>
        <Text className='stats-table__cell'>订单</Text>
        <Text className='stats-table__cell stats-table__cell--wide'>成交额</Text>
        <Text className='stats-table__cell'>转化率</Text>
      </View>
      {props.rows.map((row) => (
        <View key={row.key} className='stats-table__row'>
          <Text className='stats-table__name'>{row.label}</Text>
          <Text className='stats-table__cell'>{row.visitors}</Text>
          <Text className='stats-table__cell'>{row.orders}</Text>
          <Text className='stats-table__cell stats-table__cell--wide'>{formatFen(row.paidAmount)}</Text>
          <Text className='stats-table__cell'>{formatConversion(row.conversion)}</Text>
        </View>
      ))}
    </View>
  )
}

/** A row of headline figures, each its value over its label. */
function Figures({ rows }: { rows: Array<[label: string, value: string]> }) {
  return (
    <>
      {rows.map(([label, value]) => (
        <View key={label} className='stats__figure'>
          <Text className='stats__figure-value'>{value}</Text>
          <Text className='console__muted'>{label}</Text>
        </View>
      ))}
    </>
  )
}

export default function StatsPage() {
  const storeId = useStoreId()
  const [period, setPeriod] = useState<StatsPeriod>('7d')
  const [stats, setStats] = useState<Awaited<ReturnType<typeof getSalesStats>> | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    setError(null)
    getSalesStats(storeId, period).then(
      (answer) => live && setStats(answer),
      (failure) => live && setError(failure instanceof AppError ? failure : new AppError('INTERNAL')),
    )
    return () => {
      live = false
    }
  }, [storeId, period, attempt])

  const tabs = STATS_PERIODS.map((key) => ({ key, label: STATS_PERIOD_LABELS[key] }))
  if (error) return <ErrorState error={error} onRetry={() => setAttempt(attempt + 1)} />

  return (
    <View className='console stats'>
      <StatusTabs<StatsPeriod> tabs={tabs} active={period} onChange={setPeriod} />
      {!stats || stats.period !== period ? (
        <View className='console__card' aria-busy='true'>
          <Text className='console__hint'>加载中…</Text>
        </View>
      ) : (
        <>
          <View className='console__card stats__totals'>
            <Figures
              rows={[
                ['访客', String(stats.totals.visitors)],
                ['订单', String(stats.totals.orders)],
                ['成交额', formatFen(stats.totals.paidAmount)],
                ['转化率', formatConversion(stats.totals.conversion)],
              ]}
            />
          </View>
          {period !== 'today' ? (
            <View className='console__card'>
              <Text className='console__card-title'>每日趋势</Text>
              <TrendChart points={stats.daily} />
            </View>
          ) : null}
          <View className='console__card'>
            <Text className='console__card-title'>各来源成交额</Text>
            <BarChart
              empty='这段时间还没有成交'
              rows={stats.bySource.map((row) => ({ key: row.source, label: sourceLabel(row.source), value: row.paidAmount, text: formatFen(row.paidAmount) }))}
            />
          </View>
          <View className='console__card'>
            <Text className='console__card-title'>按来源</Text>
            {stats.bySource.length === 0 ? (
              <Text className='console__hint'>这段时间还没有访客和订单</Text>
            ) : (
              <Table rows={stats.bySource.map((row) => ({ ...row, key: row.source, label: sourceLabel(row.source) }))} />
            )}
          </View>
          <View className='console__card'>
            <Text className='console__card-title'>按推广活动</Text>
            {stats.byCampaign.length === 0 ? (
              <Text className='console__hint'>在“推广码与链接”里给二维码或链接起个活动名，就能在这里看到它带来的生意</Text>
            ) : (
              <Table rows={stats.byCampaign.map((row) => ({ ...row, key: `${row.campaign}|${row.source}`, label: `${row.campaign}（${sourceLabel(row.source)}）` }))} />
            )}
          </View>
          {stats.coupons ? (
            <View className='console__card stats__coupons'>
              <Text className='console__card-title'>优惠券</Text>
              <View className='stats__totals'>
                <Figures
                  rows={[
                    ['领取', String(stats.coupons.claimed)],
                    ['用券成交', String(stats.coupons.used)],
                    ['带来成交额', formatFen(stats.coupons.sales)],
                    ['优惠金额', formatFen(stats.coupons.discount)],
                  ]}
                />
              </View>
            </View>
          ) : null}
          <Text className='console__hint stats__note'>成交 = 已付款、已发货、已完成和退款处理中的订单；已退款的不计入。转化率 = 订单数 ÷ 访客数。</Text>
        </>
      )}
    </View>
  )
}
