import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { TREND_METRICS, TREND_METRIC_LABELS, trendColumns, type DailyPoint, type TrendMetric } from '@/domain/daily-trend'
import { formatFen } from '@/domain/money'
import './trend-chart.css'

const formatValue = (metric: TrendMetric, value: number) => (metric === 'paidAmount' ? formatFen(value) : String(value))

/**
 * A column per day for one metric at a time. Drawn with views rather than a canvas: the
 * same markup in both builds, no chart library in the bundle, and no native canvas layered
 * over the page's scrolling on weapp. Tapping a column shows that day's figure.
 */
export function TrendChart({ points }: { points: readonly DailyPoint[] }) {
  const [metric, setMetric] = useState<TrendMetric>('visitors')
  const [picked, setPicked] = useState<string | null>(null)
  const columns = trendColumns(points, metric)
  const shown = columns.find((column) => column.day === picked) ?? columns[columns.length - 1]
  const total = columns.reduce((sum, column) => sum + column.value, 0)

  return (
    <View className='trend'>
      <View className='trend__metrics'>
        {TREND_METRICS.map((key) => (
          <Text
            key={key}
            className={`trend__metric${key === metric ? ' trend__metric--on' : ''}`}
            onClick={() => setMetric(key)}
          >
            {TREND_METRIC_LABELS[key]}
          </Text>
        ))}
      </View>
      {shown ? (
        <Text className='trend__readout'>
          {Number(shown.day.slice(5, 7))}月{Number(shown.day.slice(8))}日 {TREND_METRIC_LABELS[metric]} {formatValue(metric, shown.value)}
          <Text className='console__muted'>　合计 {formatValue(metric, total)}</Text>
        </Text>
      ) : null}
      <View className='trend__plot'>
        {columns.map((column) => (
          <View
            key={column.day}
            className={`trend__slot${column.day === shown?.day ? ' trend__slot--on' : ''}`}
            aria-label={`${column.day} ${TREND_METRIC_LABELS[metric]} ${formatValue(metric, column.value)}`}
            onClick={() => setPicked(column.day)}
          >
            <View className='trend__column' style={{ height: `${column.height}%` }} />
          </View>
        ))}
      </View>
      <View className='trend__axis'>
        {columns.map((column) => (
          <Text key={column.day} className='trend__label'>
            {column.label}
          </Text>
        ))}
      </View>
    </View>
  )
}
