// The create / edit form of a coupon: 立减 or 折扣, threshold, quantity, limit, days, audience.
import { Button, Input, Text, View } from '@tarojs/components'
import type { CouponAudience, CouponKind } from '@/domain/coupon'
import type { CouponForm } from '@/domain/coupon-form'
import { FormField } from '../../components/form-field'
import { ProductTicks, useStoreProducts } from '../../components/product-ticks'
import type { FormCardProps } from '../../components/use-list-editor'

const KINDS: Array<{ key: CouponKind; label: string }> = [
  { key: 'amount', label: '立减' },
  { key: 'percent', label: '折扣' },
]
const AUDIENCES: Array<{ key: CouponAudience; label: string }> = [
  { key: 'all', label: '所有人' },
  { key: 'new', label: '新客' },
  { key: 'lapsed', label: '老客回归' },
]
const SCOPES: Array<{ key: CouponForm['scope']; label: string }> = [
  { key: 'store', label: '全店通用' },
  { key: 'products', label: '指定商品' },
]

function Choice<K extends string>(props: { options: Array<{ key: K; label: string }>; value: K; onChange(key: K): void; name: string }) {
  return (
    <View className='coupon-form__choices'>
      {props.options.map((option) => (
        <Text
          key={option.key}
          className={`coupon-form__choice coupon-form__${props.name}-${option.key}${props.value === option.key ? ' coupon-form__choice--on' : ''}`}
          onClick={() => props.onChange(option.key)}
        >
          {option.label}
        </Text>
      ))}
    </View>
  )
}

type TextKey = Exclude<keyof CouponForm, 'productIds'>

export function CouponFormCard(props: FormCardProps<CouponForm>) {
  const { form, errors, onChange } = props
  const { products, failed } = useStoreProducts(props.storeId, form.scope === 'products')
  const field = (key: TextKey, label: string, placeholder: string, type: 'text' | 'digit' | 'number' = 'digit', hint?: string) => (
    <FormField label={label} error={errors[key]} hint={hint}>
      <Input className={`field__input coupon-form__${key}`} type={type} value={form[key]} placeholder={placeholder} onInput={(e) => onChange({ [key]: e.detail.value })} />
    </FormField>
  )
  return (
    <View className='console__card coupon-form'>
      <Text className='console__card-title'>{props.editing ? '编辑优惠券' : '新建优惠券'}</Text>
      {field('title', '名称', '如：满99减20', 'text')}
      <FormField label='类型'>
        <Choice name='kind' options={KINDS} value={form.kind} onChange={(kind) => onChange({ kind })} />
      </FormField>
      {form.kind === 'amount' ? field('amountOff', '减免金额（元）', '如：20') : field('percentOff', '减免比例（%）', '如：15 即 8.5 折', 'number')}
      {field('minSpend', '使用门槛（元）', '不填即无门槛', 'digit', '满这个金额才能用')}
      {field('totalQuantity', '发放总量（张）', '如：100', 'number')}
      {field('perPersonLimit', '每人限领（张）', '如：1', 'number')}
      {field('days', '有效天数', '如：7', 'number')}
      <FormField label='发放对象'>
        <Choice name='audience' options={AUDIENCES} value={form.audience} onChange={(audience) => onChange({ audience })} />
      </FormField>
      <FormField label='适用商品' error={errors.productIds} hint={form.scope === 'products' ? `已选 ${form.productIds.length} 件` : undefined}>
        <Choice name='scope' options={SCOPES} value={form.scope} onChange={(scope) => onChange({ scope })} />
        {form.scope !== 'products' ? null : failed ? (
          <Text className='console__hint'>商品加载失败，请稍后重试</Text>
        ) : products ? (
          <ProductTicks products={products} selected={form.productIds} onChange={(productIds) => onChange({ productIds })} />
        ) : (
          <Text className='console__hint'>加载商品…</Text>
        )}
      </FormField>
      <View className='coupon-form__actions'>
        <Button className='console__button coupon-form__save' disabled={props.busy} onClick={props.onSave}>
          {props.busy ? '保存中…' : '保存'}
        </Button>
        <Button className='console__button console__button--ghost' onClick={props.onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
