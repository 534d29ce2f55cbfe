import { Text, View } from '@tarojs/components'

/** Filter tabs; each may show a count. */
export function StatusTabs<K extends string>(props: { tabs: Array<{ key: K; label: string; count?: number }>; active: K; onChange(key: K): void }) {
  return (
    <View className='tabs'>
      {props.tabs.map((tab) => (
        <Text key={tab.key} className={`tabs__tab${tab.key === props.active ? ' tabs__tab--on' : ''}`} onClick={() => props.onChange(tab.key)}>
          {tab.label}
          {tab.count !== undefined ? ` ${tab.count}` : ''}
        </Text>
      ))}
    </View>
  )
}
