// H5: no built-in region data, so the province is picked from the 34 provincial-level names and
// the city from that province's list (fetched on first use, src/domain/regions/cities.ts); the
// district stays typed (a complete district list is ~3,000 names) and is checked to look like
// one (src/domain/regions.ts). Should the city list fail to load, the city is typed instead.
// The address book and checkout both take their region here.
import { Input, Text } from '@tarojs/components'
import { useState } from 'react'
import { ADDRESS_LIMITS, PROVINCES } from '@/domain/address'
import { citiesOf, pickCity, pickProvince, regionProblems } from '@/domain/regions'
import { ChoiceSheet } from './choice-sheet'
import type { Region, RegionFieldProps } from './region-field-props'
import { useCities } from './use-cities'
import './region-field.css'

/** What the H5 picker adds to the shared validator: a district that looks like one. */
export const regionErrors = regionProblems

export function RegionField({ value, errors, onChange, Row }: RegionFieldProps) {
  const [choosing, setChoosing] = useState<'province' | 'city' | null>(null)
  const { cities, failed } = useCities()
  const options = cities ? citiesOf(cities, value.provinceName) : []
  const change = (next: Region) => {
    const patch: Partial<Region> = {}
    for (const key of ['provinceName', 'cityName', 'countyName'] as const) if (next[key] !== value[key]) patch[key] = next[key]
    if (Object.keys(patch).length > 0) onChange(patch)
  }
  return (
    <>
      <Row label='省份' className='region-field__province' error={errors.provinceName}>
        <Text className={`region-field__picker${value.provinceName ? '' : ' region-field__picker--empty'}`} onClick={() => setChoosing('province')}>
          {value.provinceName || '请选择省份'}
        </Text>
      </Row>
      <Row label='城市' className='region-field__city' error={errors.cityName}>
        {failed || (cities && value.provinceName && options.length === 0) ? (
          <Input className='region-field__input' value={value.cityName} maxlength={ADDRESS_LIMITS.region} placeholder='如：杭州市' onInput={(e) => onChange({ cityName: e.detail.value })} />
        ) : (
          <Text
            className={`region-field__picker${value.cityName ? '' : ' region-field__picker--empty'}`}
            onClick={() => (value.provinceName ? setChoosing('city') : setChoosing('province'))}
          >
            {value.cityName || (value.provinceName ? '请选择城市' : '请先选择省份')}
          </Text>
        )}
      </Row>
      <Row label='区/县' className='region-field__county' error={errors.countyName}>
        <Input className='region-field__input' value={value.countyName} maxlength={ADDRESS_LIMITS.region} placeholder='如：西湖区' onInput={(e) => onChange({ countyName: e.detail.value })} />
      </Row>
      {choosing === 'province' ? (
        <ChoiceSheet
          title='选择省份'
          options={PROVINCES}
          value={value.provinceName}
          onClose={() => setChoosing(null)}
          onPick={(name) => {
            const next = cities ? pickProvince(cities, value, name) : { provinceName: name, cityName: name === value.provinceName ? value.cityName : '', countyName: name === value.provinceName ? value.countyName : '' }
            change(next)
            // Straight on to the city, unless the province has just the one (a municipality).
            setChoosing(cities && !next.cityName && citiesOf(cities, name).length > 0 ? 'city' : null)
          }}
        />
      ) : null}
      {choosing === 'city' && options.length > 0 ? (
        <ChoiceSheet
          title={`选择城市（${value.provinceName}）`}
          options={options}
          value={value.cityName}
          onClose={() => setChoosing(null)}
          onPick={(name) => {
            change(pickCity(value, name))
            setChoosing(null)
          }}
        />
      ) : null}
    </>
  )
}
