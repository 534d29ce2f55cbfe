// H5: no built-in region data, so the province comes from the 34 provincial-level names and
// the city and district are typed; the address validator checks all three.
import { Input, Picker, Text, View } from '@tarojs/components'
import { PROVINCES } from '@/domain/address'
import type { RegionFieldProps } from './region-field-props'

export function RegionField({ value, errors, onChange }: RegionFieldProps) {
  const index = Math.max(0, (PROVINCES as readonly string[]).indexOf(value.provinceName))
  return (
    <>
      <View className='address-form__field address-form__province'>
        <Text className='address-form__label'>省份</Text>
        <Picker mode='selector' range={[...PROVINCES]} value={index} onChange={(e) => onChange({ provinceName: PROVINCES[Number(e.detail.value)] })}>
          <Text className={`address-form__picker${value.provinceName ? '' : ' address-form__picker--empty'}`}>{value.provinceName || '请选择省份'}</Text>
        </Picker>
        {errors.provinceName ? <Text className='address-form__error'>{errors.provinceName}</Text> : null}
      </View>
      <View className='address-form__field'>
        <Text className='address-form__label'>城市</Text>
        <Input className='address-form__input address-form__city' value={value.cityName} placeholder='如：杭州市' onInput={(e) => onChange({ cityName: e.detail.value })} />
        {errors.cityName ? <Text className='address-form__error'>{errors.cityName}</Text> : null}
      </View>
      <View className='address-form__field'>
        <Text className='address-form__label'>区/县</Text>
        <Input className='address-form__input address-form__county' value={value.countyName} placeholder='如：西湖区' onInput={(e) => onChange({ countyName: e.detail.value })} />
        {errors.countyName ? <Text className='address-form__error'>{errors.countyName}</Text> : null}
      </View>
    </>
  )
}
