// One line of the address book's form: label, control, and the control's error under it.
import { Text, View } from '@tarojs/components'
import type { FieldRowProps } from '../../components/region-field-props'

export function FieldRow({ label, className, error, children }: FieldRowProps) {
  return (
    <View className={`address-form__field${className ? ` ${className}` : ''}`}>
      <Text className='address-form__label'>{label}</Text>
      {children}
      {error ? <Text className='address-form__error'>{error}</Text> : null}
    </View>
  )
}
