// weapp: WeChat's own province / city / district picker.
import { Picker, Text, View } from '@tarojs/components'
import type { Region, RegionFieldProps } from './region-field-props'

/** WeChat's picker only offers real districts: nothing to add to the shared validator. */
export function regionErrors(_region: Region): Partial<Record<keyof Region, string>> {
  return {}
}

export function RegionField({ value, errors, onChange }: RegionFieldProps) {
  const chosen = [value.provinceName, value.cityName, value.countyName]
  const error = errors.provinceName ?? errors.cityName ?? errors.countyName
  return (
    <View className='address-form__field'>
      <Text className='address-form__label'>所在地区</Text>
      <Picker
        mode='region'
        value={chosen}
        onChange={(e) => onChange({ provinceName: e.detail.value[0], cityName: e.detail.value[1], countyName: e.detail.value[2] })}
      >
        <Text className={`address-form__picker${value.provinceName ? '' : ' address-form__picker--empty'}`}>
          {value.provinceName ? chosen.filter((part, i) => chosen.indexOf(part) === i).join(' ') : '请选择省 / 市 / 区'}
        </Text>
      </Picker>
      {error ? <Text className='address-form__error'>{error}</Text> : null}
    </View>
  )
}
