// H5: no built-in region data, so the province is picked from the 34 provincial-level names
// and the city and district are typed; the address validator checks all three. The province
// list is a plain sheet rather than Taro's Picker: on H5 every page chunk carries each Taro
// component the app uses anywhere, and the wheel picker alone costs the home page ~4 KB gzip.
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { PROVINCES } from '@/domain/address'
import type { RegionFieldProps } from './region-field-props'

export function RegionField({ value, errors, onChange }: RegionFieldProps) {
  const [choosing, setChoosing] = useState(false)
  return (
    <>
      <View className='address-form__field address-form__province'>
        <Text className='address-form__label'>省份</Text>
        <Text className={`address-form__picker${value.provinceName ? '' : ' address-form__picker--empty'}`} onClick={() => setChoosing(true)}>
          {value.provinceName || '请选择省份'}
        </Text>
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
      {choosing ? (
        <View className='province-sheet' catchMove>
          <View className='province-sheet__mask' onClick={() => setChoosing(false)} />
          <View className='province-sheet__panel' role='dialog' aria-label='选择省份'>
            <Text className='province-sheet__title'>选择省份</Text>
            <View className='province-sheet__list'>
              {PROVINCES.map((name) => (
                <Text
                  key={name}
                  className={`province-sheet__item${name === value.provinceName ? ' province-sheet__item--on' : ''}`}
                  onClick={() => {
                    onChange({ provinceName: name })
                    setChoosing(false)
                  }}
                >
                  {name}
                </Text>
              ))}
            </View>
          </View>
        </View>
      ) : null}
    </>
  )
}
