// 运费设置: the base 快递 fee, the amount from which it is free, dearer or cheaper provinces,
// and 到店自提 with its address and hours. Shoppers see these on the product page and at checkout.
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { PROVINCES } from '@/domain/address'
import { AppError } from '@/domain/errors'
import { clearFieldErrors, fieldErrorsOf, hasFieldErrors, type FieldErrors } from '@/domain/field-errors'
import { provincesTakenElsewhere, shippingToForm, validateShippingForm, type ShippingForm } from '@/domain/shipping-form'
import { defaultShippingRules } from '@/domain/shipping'
import { EmptyState, ErrorState } from '@/components/state-views'
import { getStore } from '@/services/catalog'
import { saveShippingRules } from '@/services/merchant'
import { useBusy } from '@/hooks/use-busy'
import { FormField } from '../../components/form-field'
import { useStoreId } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'

export default function ShippingPage() {
  const storeId = useStoreId()
  const [form, setForm] = useState<ShippingForm | null>(null)
  const [loadError, setLoadError] = useState<AppError | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, runBusy] = useBusy()

  const load = () => {
    if (!storeId) return
    setLoadError(null)
    getStore(storeId).then(
      (store) => setForm(shippingToForm(store.shipping ?? defaultShippingRules())),
      (failure) => setLoadError(failure instanceof AppError ? failure : new AppError('INTERNAL')),
    )
  }
  useEffect(load, [storeId])

  if (!storeId) return <EmptyState title='店铺不存在' hint='请从店铺管理进入' />
  if (loadError) return <ErrorState error={loadError} onRetry={load} />
  if (!form) return <View className='console' aria-busy='true' />

  const edit = (next: ShippingForm, ...fields: string[]) => {
    setForm(next)
    setErrors(clearFieldErrors(errors, fields))
  }
  const editRegion = (index: number, change: Partial<ShippingForm['regions'][number]>, field: string) =>
    edit({ ...form, regions: form.regions.map((region, i) => (i === index ? { ...region, ...change } : region)) }, `regions.${index}.${field}`)
  const toggleProvince = (index: number, province: string) => {
    const chosen = form.regions[index].provinces
    editRegion(index, { provinces: chosen.includes(province) ? chosen.filter((p) => p !== province) : [...chosen, province] }, 'provinces')
  }

  const save = () =>
    runBusy(async () => {
      const checked = validateShippingForm(form)
      if (!checked.ok) return setErrors(checked.errors)
      setErrors({})
      setProblem(null)
      try {
        setForm(shippingToForm(await saveShippingRules(storeId, checked.input)))
        void Taro.showToast({ title: '已保存', icon: 'success' })
      } catch (failure) {
        const found = fieldErrorsOf(failure)
        if (hasFieldErrors(found)) setErrors(found)
        else setProblem(failure instanceof AppError ? failure.message : '保存失败，请稍后重试')
      }
    })

  return (
    <View className='console shipping'>
      {problem ? <Text className='console__banner'>{problem}</Text> : null}
      <View className='console__card'>
        <Text className='console__card-title'>快递运费</Text>
        <FormField label='基础运费（元）' error={errors.baseFee} hint='没有单独设置的省份按这个收，填 0 即包邮'>
          <Input className='field__input shipping__base' type='digit' value={form.baseFee} onInput={(e) => edit({ ...form, baseFee: e.detail.value }, 'baseFee')} />
        </FormField>
        <FormField label='满多少元包邮' error={errors.freeOver} hint='商品金额（减去优惠后）达到即免运费，不填则不包邮' optional>
          <Input className='field__input shipping__free-over' type='digit' value={form.freeOver} onInput={(e) => edit({ ...form, freeOver: e.detail.value }, 'freeOver')} />
        </FormField>
      </View>
      <View className='console__card'>
        <Text className='console__card-title'>指定地区运费</Text>
        {form.regions.map((region, index) => {
          const taken = provincesTakenElsewhere(form, index)
          return (
            <View key={index} className='shipping__region'>
              <View className='shipping__region-head'>
                <Text className='console__muted'>地区 {index + 1}</Text>
                <Text className='console__link shipping__remove-region' onClick={() => edit({ ...form, regions: form.regions.filter((_, i) => i !== index) }, 'regions')}>
                  删除
                </Text>
              </View>
              <FormField label='运费（元）' error={errors[`regions.${index}.fee`]}>
                <Input className='field__input shipping__region-fee' type='digit' value={region.fee} onInput={(e) => editRegion(index, { fee: e.detail.value }, 'fee')} />
              </FormField>
              <FormField label='省份' error={errors[`regions.${index}.provinces`] ?? errors[`regions.${index}.provinces.0`]}>
                <View className='choice-chips'>
                  {PROVINCES.map((province) => (
                    <Text
                      key={province}
                      className={`choice-chip shipping__province${region.provinces.includes(province) ? ' choice-chip--on' : ''}${taken.has(province) ? ' choice-chip--taken' : ''}`}
                      onClick={() => (taken.has(province) ? undefined : toggleProvince(index, province))}
                    >
                      {province}
                    </Text>
                  ))}
                </View>
              </FormField>
            </View>
          )
        })}
        <Text className='console__link shipping__add-region' onClick={() => edit({ ...form, regions: [...form.regions, { provinces: [], fee: form.baseFee }] })}>
          + 添加地区
        </Text>
      </View>
      <View className='console__card'>
        <Text className='console__card-title'>到店自提</Text>
        <View className='choice-chips'>
          {([[true, '提供自提'], [false, '不提供']] as const).map(([on, label]) => (
            <Text
              key={label}
              className={`choice-chip shipping__pickup-${on ? 'on' : 'off'}${form.pickupEnabled === on ? ' choice-chip--on' : ''}`}
              onClick={() => edit({ ...form, pickupEnabled: on }, 'pickup')}
            >
              {label}
            </Text>
          ))}
        </View>
        <FormField label='自提地址' error={errors['pickup.address']} hint='顾客选择到店自提时看到的地址' optional={!form.pickupEnabled}>
          <Input className='field__input shipping__pickup-address' value={form.pickupAddress} placeholder='如：杭州市西湖区文三路 1 号' onInput={(e) => edit({ ...form, pickupAddress: e.detail.value }, 'pickup.address')} />
        </FormField>
        <FormField label='营业时间' error={errors['pickup.hours']} optional>
          <Input className='field__input shipping__pickup-hours' value={form.pickupHours} placeholder='如：每天 10:00–20:00' onInput={(e) => edit({ ...form, pickupHours: e.detail.value }, 'pickup.hours')} />
        </FormField>
      </View>
      <View className='console__bar'>
        <Button className='console__button shipping__save' onClick={() => void save()}>
          {busy ? '保存中…' : '保存'}
        </Button>
      </View>
    </View>
  )
}
