import { Text, View } from '@tarojs/components'
import './quantity-stepper.css'

/** − n + within [1, max]; the page keeps the number, this only asks for changes. */
export function QuantityStepper({ value, max, onChange }: { value: number; max: number; onChange(next: number): void }) {
  const canLess = value > 1
  const canMore = value < max
  return (
    <View className='stepper'>
      <Text className={`stepper__button${canLess ? '' : ' stepper__button--disabled'}`} onClick={() => canLess && onChange(value - 1)}>
        −
      </Text>
      <Text className='stepper__value'>{value}</Text>
      <Text className={`stepper__button${canMore ? '' : ' stepper__button--disabled'}`} onClick={() => canMore && onChange(value + 1)}>
        +
      </Text>
    </View>
  )
}
