import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/** A labelled field with its error (in Chinese) right beneath it. */
export function FormField(props: { label: string; error?: string; hint?: string; optional?: boolean; className?: string; children: ReactNode }) {
  return (
    <View className={`field ${props.error ? 'field--invalid' : ''} ${props.className ?? ''}`}>
      <Text className='field__label'>
        {props.label}
        {props.optional ? <Text className='field__optional'>选填</Text> : null}
      </Text>
      {props.children}
      {props.error ? <Text className='field__error'>{props.error}</Text> : props.hint ? <Text className='field__hint'>{props.hint}</Text> : null}
    </View>
  )
}
