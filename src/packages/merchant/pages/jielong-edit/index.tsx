// 发起接龙 / 编辑: title and intro, the goods (the store's on-sale SKUs, each with an optional
// per-person limit), the end time, delivery, and the pickup points.
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Product } from '@/domain/catalog'
import { DELIVERY_LABELS, JIELONG_DELIVERIES, JIELONG_LIMITS, type JielongDelivery } from '@/domain/jielong'
import { formatFen } from '@/domain/money'
import { describeSpecs } from '@/domain/spec-selection'
import { listOwnProducts } from '@/services/merchant'
import { getJielong, saveJielong } from '@/services/jielong'
import { toastError } from '@/services/toast'
import { FormField } from '../../components/form-field'
import { useStoreId } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'

interface PointDraft {
  id?: string
  name: string
  address: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const dayOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
const timeOf = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`

/** Tomorrow 20:00 local time: a usual close for a neighbourhood group sale. */
function defaultEnd(): Date {
  const end = new Date(Date.now() + 86_400_000)
  end.setHours(20, 0, 0, 0)
  return end
}

export default function JielongEditPage() {
  const storeId = useStoreId()
  const jielongId = useRouter().params.id
  const [products, setProducts] = useState<Product[]>([])
  const [title, setTitle] = useState('')
  const [intro, setIntro] = useState('')
  const [limits, setLimits] = useState<Record<string, string>>({})
  const [chosen, setChosen] = useState<string[]>([])
  const [day, setDay] = useState(dayOf(defaultEnd()))
  const [time, setTime] = useState(timeOf(defaultEnd()))
  const [delivery, setDelivery] = useState<JielongDelivery>('pickup')
  const [points, setPoints] = useState<PointDraft[]>([{ name: '', address: '' }])
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (!storeId) return
    listOwnProducts({ storeId, status: 'on_sale' }).then((page) => setProducts(page.items), (error) => toastError(error, '商品加载失败'))
    if (!jielongId) return
    getJielong(jielongId).then((jielong) => {
      setTitle(jielong.title)
      setIntro(jielong.intro)
      setChosen(jielong.items.map((item) => item.skuId))
      setLimits(Object.fromEntries(jielong.items.map((item) => [item.skuId, item.limitPerPerson ? String(item.limitPerPerson) : ''])))
      const end = new Date(jielong.endAt)
      setDay(dayOf(end))
      setTime(timeOf(end))
      setDelivery(jielong.delivery)
      setPoints(jielong.pickupPoints.length > 0 ? jielong.pickupPoints : [{ name: '', address: '' }])
    }, (error) => toastError(error, '接龙加载失败'))
  }, [storeId, jielongId])

  const toggle = (skuId: string) => setChosen((current) => (current.includes(skuId) ? current.filter((id) => id !== skuId) : [...current, skuId]))
  const setPoint = (index: number, change: Partial<PointDraft>) => setPoints((current) => current.map((p, i) => (i === index ? { ...p, ...change } : p)))

  const save = async () => {
    if (saving) return
    setSaving(true)
    try {
      const endAt = new Date(`${day}T${time}:00`)
      await saveJielong({
        storeId,
        ...(jielongId ? { jielongId } : {}),
        title: title.trim(),
        intro: intro.trim(),
        items: chosen.map((skuId) => ({ skuId, limitPerPerson: Number(limits[skuId]) > 0 ? Math.floor(Number(limits[skuId])) : null })),
        endAt: endAt.toISOString(),
        delivery,
        pickupPoints: delivery === 'express' ? [] : points.filter((p) => p.name.trim() || p.address.trim()).map((p) => ({ ...(p.id ? { id: p.id } : {}), name: p.name.trim(), address: p.address.trim() })),
      })
      void Taro.showToast({ title: '已保存', icon: 'success' })
      void Taro.navigateBack()
    } catch (error) {
      toastError(error, '保存失败')
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='console jielong-edit'>
      <View className='console__card'>
        <FormField label='标题'>
          <Input className='field__input jielong-edit__title' value={title} maxlength={JIELONG_LIMITS.title} placeholder='例如：周六水果团' onInput={(e) => setTitle(e.detail.value)} />
        </FormField>
        <FormField label='介绍' optional>
          <Textarea className='field__textarea' value={intro} maxlength={JIELONG_LIMITS.intro} placeholder='取货时间、注意事项' onInput={(e) => setIntro(e.detail.value)} />
        </FormField>
      </View>
      <View className='console__card'>
        <Text className='console__card-title'>商品</Text>
        {products.length === 0 ? <Text className='console__hint'>店里还没有在售商品</Text> : null}
        {products.flatMap((product) =>
          product.skus.map((sku) => {
            const on = chosen.includes(sku.id)
            const spec = describeSpecs(sku.specs)
            return (
              <View key={sku.id} className={`jielong-edit__sku${on ? ' jielong-edit__sku--on' : ''}`}>
                <Text className='jielong-edit__sku-name' onClick={() => toggle(sku.id)}>
                  {on ? '☑' : '☐'} {product.title}
                  {spec ? `（${spec}）` : ''} {formatFen(sku.price)} · 库存 {sku.stock}
                </Text>
                {on ? (
                  <Input
                    className='field__input jielong-edit__limit'
                    type='number'
                    value={limits[sku.id] ?? ''}
                    placeholder='每人限购（选填）'
                    onInput={(e) => setLimits((current) => ({ ...current, [sku.id]: e.detail.value }))}
                  />
                ) : null}
              </View>
            )
          }),
        )}
      </View>
      <View className='console__card'>
        <FormField label='结束时间'>
          <View className='console__row'>
            <Picker mode='date' value={day} onChange={(e) => setDay(String(e.detail.value))}>
              <Text className='field__input jielong-edit__when'>{day}</Text>
            </Picker>
            <Picker mode='time' value={time} onChange={(e) => setTime(String(e.detail.value))}>
              <Text className='field__input jielong-edit__when'>{time}</Text>
            </Picker>
          </View>
        </FormField>
        <FormField label='配送方式'>
          <View className='choice-chips'>
            {JIELONG_DELIVERIES.map((option) => (
              <Text key={option} className={`choice-chip${delivery === option ? ' choice-chip--on' : ''}`} onClick={() => setDelivery(option)}>
                {DELIVERY_LABELS[option]}
              </Text>
            ))}
          </View>
        </FormField>
        {delivery !== 'express' ? (
          <FormField label='自提点'>
            {points.map((point, index) => (
              <View key={index} className='jielong-edit__point'>
                <Input className='field__input jielong-edit__point-name' value={point.name} maxlength={JIELONG_LIMITS.pointName} placeholder='名称，如：东门' onInput={(e) => setPoint(index, { name: e.detail.value })} />
                <Input className='field__input jielong-edit__point-address' value={point.address} maxlength={JIELONG_LIMITS.pointAddress} placeholder='地址' onInput={(e) => setPoint(index, { address: e.detail.value })} />
                {points.length > 1 ? (
                  <Text className='console__link' onClick={() => setPoints((current) => current.filter((_, i) => i !== index))}>
                    删除
                  </Text>
                ) : null}
              </View>
            ))}
            {points.length < JIELONG_LIMITS.pickupPoints ? (
              <Text className='console__link jielong-edit__add-point' onClick={() => setPoints((current) => [...current, { name: '', address: '' }])}>
                + 添加自提点
              </Text>
            ) : null}
          </FormField>
        ) : null}
      </View>
      <View className='console__bar'>
        <Button className='console__button jielong-edit__save' disabled={saving} loading={saving} onClick={() => void save()}>
          {jielongId ? '保存' : '发起接龙'}
        </Button>
      </View>
    </View>
  )
}
