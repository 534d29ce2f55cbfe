// A bottom sheet of choices (provinces, then cities) for the H5 region picker: a plain list
// rather than Taro's Picker, which on H5 would weigh on every page chunk.
import { Text, View } from '@tarojs/components'

export function ChoiceSheet(props: { title: string; options: readonly string[]; value: string; onPick(option: string): void; onClose(): void }) {
  return (
    <View className='province-sheet' catchMove>
      <View className='province-sheet__mask' onClick={props.onClose} />
      <View className='province-sheet__panel' role='dialog' aria-label={props.title}>
        <Text className='province-sheet__title'>{props.title}</Text>
        <View className='province-sheet__list'>
          {props.options.map((name) => (
            <Text key={name} className={`province-sheet__item${name === props.value ? ' province-sheet__item--on' : ''}`} onClick={() => props.onPick(name)}>
              {name}
            </Text>
          ))}
        </View>
      </View>
    </View>
  )
}
