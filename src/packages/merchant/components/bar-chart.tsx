import { Text, View } from '@tarojs/components'
import { barPercents } from '@/domain/sales-stats'
import './bar-chart.css'

/** Horizontal bars, longest for the largest value; the caller formats the numbers. */
export function BarChart(props: { rows: Array<{ key: string; label: string; value: number; text: string }>; empty: string }) {
  if (props.rows.every((row) => row.value === 0)) return <Text className='console__hint'>{props.empty}</Text>
  const widths = barPercents(props.rows.map((row) => row.value))
  return (
    <View className='bar-chart'>
      {props.rows.map((row, i) => (
        <View key={row.key} className='bar-chart__row'>
          <Text className='bar-chart__label'>{row.label}</Text>
          <View className='bar-chart__track'>
            <View className='bar-chart__bar' style={{ width: `${widths[i]}%` }} />
          </View>
          <Text className='bar-chart__value'>{row.text}</Text>
        </View>
      ))}
    </View>
  )
}
