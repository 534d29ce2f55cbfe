// Spec dimensions (颜色: 红色, 蓝色 …): a name and its values per row. Every change goes up
// as new dimensions; the page regenerates the SKU table from them.
import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { FieldErrors } from '@/domain/field-errors'
import { MAX_SPEC_DIMENSIONS, type SpecDimension } from '@/domain/sku-matrix'
import './spec-editor.css'

export function SpecEditor(props: { dims: SpecDimension[]; onChange(dims: SpecDimension[]): void; errors: FieldErrors }) {
  const [drafts, setDrafts] = useState<Record<number, string>>({})

  const change = (index: number, dim: SpecDimension) => props.onChange(props.dims.map((d, i) => (i === index ? dim : d)))
  const addValue = (index: number) => {
    const value = (drafts[index] ?? '').trim()
    const dim = props.dims[index]
    if (value === '' || dim.values.includes(value)) return
    change(index, { ...dim, values: [...dim.values, value] })
    setDrafts({ ...drafts, [index]: '' })
  }
  const removeDim = (index: number) => {
    props.onChange(props.dims.filter((_, i) => i !== index))
    setDrafts({})
  }

  return (
    <View className='spec-editor'>
      {props.dims.map((dim, index) => (
        <View key={index} className='spec-editor__dim'>
          <View className='console__row'>
            <Input
              className={`field__input spec-editor__name${props.errors[`specs.${index}.name`] ? ' spec-editor__name--invalid' : ''}`}
              value={dim.name}
              placeholder='规格名，如 颜色'
              onInput={(e) => change(index, { ...dim, name: e.detail.value })}
            />
            <Text className='console__link spec-editor__delete' onClick={() => removeDim(index)}>
              删除
            </Text>
          </View>
          {props.errors[`specs.${index}.name`] ? <Text className='field__error'>{props.errors[`specs.${index}.name`]}</Text> : null}
          <View className='spec-editor__values'>
            {dim.values.map((value) => (
              <Text key={value} className='spec-editor__value'>
                {value}
                <Text className='spec-editor__remove' onClick={() => change(index, { ...dim, values: dim.values.filter((v) => v !== value) })}>
                  ×
                </Text>
              </Text>
            ))}
          </View>
          <View className='console__row'>
            <Input
              className='field__input spec-editor__value-input'
              value={drafts[index] ?? ''}
              placeholder='规格值，如 红色'
              confirmType='done'
              onInput={(e) => setDrafts({ ...drafts, [index]: e.detail.value })}
              onConfirm={() => addValue(index)}
            />
            <Button className='spec-editor__add-value' size='mini' onClick={() => addValue(index)}>
              添加
            </Button>
          </View>
          {props.errors[`specs.${index}.values`] ? <Text className='field__error'>{props.errors[`specs.${index}.values`]}</Text> : null}
        </View>
      ))}
      {props.dims.length < MAX_SPEC_DIMENSIONS ? (
        <Text className='console__link spec-editor__add' onClick={() => props.onChange([...props.dims, { name: '', values: [] }])}>
          + 添加规格（如颜色、尺码）
        </Text>
      ) : null}
      {props.errors.specs ? <Text className='field__error'>{props.errors.specs}</Text> : null}
    </View>
  )
}
