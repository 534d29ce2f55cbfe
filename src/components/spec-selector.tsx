import { Text, View } from '@tarojs/components'
import type { Sku } from '@/domain/catalog'
import { specDimensions, valueState, type Selection } from '@/domain/spec-selection'
import './spec-selector.css'

/** One row per spec (颜色, 尺码…); sold-out and impossible values are shown disabled. */
export function SpecSelector(props: { skus: Sku[]; selection: Selection; onToggle(name: string, value: string): void }) {
  const dims = specDimensions(props.skus)
  if (dims.length === 0) return null
  return (
    <View className='spec-selector'>
      {dims.map((dim) => (
        <View key={dim.name} className='spec-selector__dim'>
          <Text className='spec-selector__name'>{dim.name}</Text>
          <View className='spec-selector__values'>
            {dim.values.map((value) => {
              const state = valueState(props.skus, props.selection, dim.name, value)
              const chosen = props.selection[dim.name] === value
              return (
                <Text
                  key={value}
                  className={`spec-value spec-value--${state}${chosen ? ' spec-value--chosen' : ''}`}
                  aria-disabled={state !== 'available'}
                  onClick={() => props.onToggle(dim.name, value)}
                >
                  {value}
                  {state === 'sold_out' ? '（缺货）' : ''}
                </Text>
              )
            })}
          </View>
        </View>
      ))}
    </View>
  )
}
