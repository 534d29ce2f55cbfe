// Two or three tabs over a page's sections (商品 / 动态 on a store and on a topic).
import { Text, View } from '@tarojs/components'
import './section-tabs.css'

export function SectionTabs<K extends string>(props: { tabs: Array<{ key: K; label: string }>; active: K; onChange(key: K): void; className?: string }) {
  return (
    <View className={`section-tabs ${props.className ?? ''}`}>
      {props.tabs.map((tab) => (
        <Text
          key={tab.key}
          className={`section-tab section-tab--${tab.key}${tab.key === props.active ? ' section-tab--on' : ''}`}
          onClick={() => props.onChange(tab.key)}
        >
          {tab.label}
        </Text>
      ))}
    </View>
  )
}
