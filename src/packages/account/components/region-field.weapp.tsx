// weapp: WeChat's own province / city / district picker.
import { Picker, Text } from '@tarojs/components'
import type { Region, RegionFieldProps } from './region-field-props'
import './region-field.css'

/** WeChat's picker only offers real districts: nothing to add to the shared validator. */
export function regionErrors(_region: Region): Partial<Record<keyof Region, string>> {
  return {}
}

export function RegionField({ value, errors, onChange, Row }: RegionFieldProps) {
  const chosen = [value.provinceName, value.cityName, value.countyName]
  return (
    <Row label='所在地区' className='region-field__region' error={errors.provinceName ?? errors.cityName ?? errors.countyName}>
      <Picker
        className='region-field__picker-host'
        mode='region'
        value={chosen}
        onChange={(e) => onChange({ provinceName: e.detail.value[0], cityName: e.detail.value[1], countyName: e.detail.value[2] })}
      >
        <Text className={`region-field__picker${value.provinceName ? '' : ' region-field__picker--empty'}`}>
          {value.provinceName ? chosen.filter((part, i) => chosen.indexOf(part) === i).join(' ') : '请选择省 / 市 / 区'}
        </Text>
      </Picker>
    </Row>
  )
}
