// A bottom sheet of choices (provinces, then cities) for the H5 region picker: a plain list
// rather than Taro's Picker, which on H5 would weigh on every page chunk.
import { Text, View } from '@tarojs/components'
import './choice-sheet.css'

export function ChoiceSheet(props: { title: string; options: readonly string[]; value: string; onPick(option: string): void; onClose(): void }) {
  return (
    <View className='choice-sheet' catchMove>
      <View className='choice-sheet__mask' onClick={props.onClose} />
      <View className='choice-sheet__panel' role='dialog' aria-label={props.title}>
        <Text className='choice-sheet__title'>{props.title}</Text>
        <View className='choice-sheet__list'>
          {props.options.map((name) => (
            <Text key={name} className={`choice-sheet__item${name === props.value ? ' choice-sheet__item--on' : ''}`} onClick={() => props.onPick(name)}>
              {name}
            </Text>
          ))}
        </View>
      </View>
    </View>
  )
}
