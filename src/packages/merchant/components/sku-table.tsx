// Price (yuan) and stock for every spec combination, with a row to fill them all at once.
// Each row's problem shows under that row.
import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { FieldErrors } from '@/domain/field-errors'
import type { SkuDraft } from '@/domain/sku-matrix'
import { describeSpecs } from '@/domain/spec-selection'
import './sku-table.css'

export function SkuTable(props: { skus: SkuDraft[]; onChange(skus: SkuDraft[]): void; errors: FieldErrors }) {
  const [batch, setBatch] = useState({ price: '', stock: '' })
  const plain = props.skus.length === 1 && Object.keys(props.skus[0].specs).length === 0
  const set = (index: number, field: 'price' | 'stock', value: string) =>
    props.onChange(props.skus.map((sku, i) => (i === index ? { ...sku, [field]: value } : sku)))
  const fillAll = () =>
    props.onChange(
      props.skus.map((sku) => ({ ...sku, ...(batch.price.trim() ? { price: batch.price } : {}), ...(batch.stock.trim() ? { stock: batch.stock } : {}) })),
    )

  return (
    <View className='sku-table'>
      {!plain && props.skus.length > 1 ? (
        <View className='sku-table__row sku-table__batch'>
          <Text className='sku-table__specs'>批量设置</Text>
          <Input className='field__input sku-table__price' type='digit' placeholder='价格' value={batch.price} onInput={(e) => setBatch({ ...batch, price: e.detail.value })} />
          <Input className='field__input sku-table__stock' type='number' placeholder='库存' value={batch.stock} onInput={(e) => setBatch({ ...batch, stock: e.detail.value })} />
          <Button className='sku-table__apply' size='mini' onClick={fillAll}>
            应用
          </Button>
        </View>
      ) : null}
      {props.skus.map((sku, index) => {
        const priceError = props.errors[`skus.${index}.price`]
        const stockError = props.errors[`skus.${index}.stock`]
        return (
          <View key={JSON.stringify(sku.specs)} className='sku-table__item'>
            <View className='sku-table__row'>
              <Text className='sku-table__specs'>{plain ? '统一规格' : describeSpecs(sku.specs)}</Text>
              <View className={`sku-table__money${priceError ? ' field--invalid' : ''}`}>
                <Text className='sku-table__yuan'>¥</Text>
                <Input className='field__input sku-table__price' type='digit' placeholder='价格' value={sku.price} onInput={(e) => set(index, 'price', e.detail.value)} />
              </View>
              <View className={stockError ? 'field--invalid' : ''}>
                <Input className='field__input sku-table__stock' type='number' placeholder='库存' value={sku.stock} onInput={(e) => set(index, 'stock', e.detail.value)} />
              </View>
            </View>
            {priceError ? <Text className='field__error'>{priceError}</Text> : null}
            {stockError ? <Text className='field__error'>{stockError}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
