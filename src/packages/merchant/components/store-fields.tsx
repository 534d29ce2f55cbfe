// The fields of a store, shared by the open-store steps (a few at a time) and the settings
// page (all of them). Each shows its error beside it.
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { FieldErrors } from '@/domain/field-errors'
import { MAX_PICKUP_ADDRESS_LENGTH, MAX_STORE_INTRO_LENGTH, MAX_STORE_NAME_LENGTH, STORE_CATEGORIES, type StoreForm } from '@/domain/store-profile'
import { ImagePicker } from '@/components/image-picker'
import { FormField } from './form-field'
import { HashtagEditor } from './hashtag-editor'

export type StoreField = keyof StoreForm

export function StoreFields(props: {
  form: StoreForm
  errors: FieldErrors
  fields: readonly StoreField[]
  onChange(form: StoreForm, edited: StoreField): void
}) {
  const { form, errors } = props
  const set = <K extends StoreField>(field: K, value: StoreForm[K]) => props.onChange({ ...form, [field]: value }, field)
  const shows = (field: StoreField) => props.fields.includes(field)
  return (
    <View>
      {shows('name') ? (
        <FormField label='店铺名称' error={errors.name} hint={`${Array.from(form.name).length}/${MAX_STORE_NAME_LENGTH}，开店后也可以修改`}>
          <Input className='field__input store-fields__name' value={form.name} placeholder='如：山野小店' maxlength={MAX_STORE_NAME_LENGTH + 10} onInput={(e) => set('name', e.detail.value)} />
        </FormField>
      ) : null}
      {shows('logo') ? (
        <FormField label='店铺标志' error={errors.logo} hint='方形图片效果最好' optional>
          <ImagePicker value={form.logo ? [form.logo] : []} max={1} addLabel='上传标志' onChange={(paths) => set('logo', paths[0] ?? '')} />
        </FormField>
      ) : null}
      {shows('intro') ? (
        <FormField label='店铺简介' error={errors.intro} hint={`${Array.from(form.intro).length}/${MAX_STORE_INTRO_LENGTH}`} optional>
          <Textarea className='field__textarea store-fields__intro' value={form.intro} placeholder='一句话介绍你的店和商品' maxlength={MAX_STORE_INTRO_LENGTH + 20} onInput={(e) => set('intro', e.detail.value)} />
        </FormField>
      ) : null}
      {shows('category') ? (
        <FormField label='经营类目' error={errors.category}>
          <View className='choice-chips store-fields__categories'>
            {STORE_CATEGORIES.map((category) => (
              <Text key={category} className={`choice-chip${form.category === category ? ' choice-chip--on' : ''}`} onClick={() => set('category', category)}>
                {category}
              </Text>
            ))}
          </View>
        </FormField>
      ) : null}
      {shows('hashtags') ? (
        <HashtagEditor label='品牌话题' tags={form.hashtags} error={errors.hashtags} hint='店铺话题会显示在店铺和每件商品上，随时可改' onChange={(tags) => set('hashtags', tags)} />
      ) : null}
      {shows('pickupAddress') ? (
        <FormField label='自提地址' error={errors.pickupAddress} hint='顾客选择到店自提时看到的地址，不填则不提供自提' optional>
          <Input className='field__input store-fields__pickup' value={form.pickupAddress} placeholder='如：杭州市西湖区文三路 1 号' maxlength={MAX_PICKUP_ADDRESS_LENGTH + 10} onInput={(e) => set('pickupAddress', e.detail.value)} />
        </FormField>
      ) : null}
    </View>
  )
}
