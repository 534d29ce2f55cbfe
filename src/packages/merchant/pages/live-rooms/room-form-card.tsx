// The create / edit form of a live room: title, day and times, cover, pinned goods and, on
// WeChat, the room number from the live console.
import { Button, Input, Picker, Text, View } from '@tarojs/components'
import { MAX_LIVE_PRODUCTS, MAX_LIVE_TITLE, type LiveRoomForm } from '@/domain/live-form'
import { ImagePicker } from '@/components/image-picker'
import { FormField } from '../../components/form-field'
import { ProductTicks, useStoreProducts } from '../../components/product-ticks'
import { RoomNumberField } from '../../components/room-number-field'
import type { FormCardProps } from '../../components/use-list-editor'

export function RoomFormCard(props: FormCardProps<LiveRoomForm>) {
  const { form, errors, onChange } = props
  const { products, failed } = useStoreProducts(props.storeId)
  return (
    <View className='console__card live-form'>
      <Text className='console__card-title'>{props.editing ? '编辑直播' : '新建直播'}</Text>
      <FormField label='直播标题' error={errors.title} hint={`${Array.from(form.title).length}/${MAX_LIVE_TITLE}`}>
        <Input className='field__input live-form__title' value={form.title} placeholder='如：周五晚八点 手作上新' onInput={(e) => onChange({ title: e.detail.value })} />
      </FormField>
      <FormField label='开播时间' error={errors.day ?? errors.endTime} hint='结束时间早于开始时间时算作次日，一场最长 24 小时'>
        <View className='live-form__when'>
          <Picker mode='date' value={form.day} onChange={(e) => onChange({ day: String(e.detail.value) })}>
            <Text className='field__input live-form__day'>{form.day}</Text>
          </Picker>
          <Picker mode='time' value={form.startTime} onChange={(e) => onChange({ startTime: String(e.detail.value) })}>
            <Text className='field__input live-form__start'>{form.startTime}</Text>
          </Picker>
          <Text className='console__muted'>至</Text>
          <Picker mode='time' value={form.endTime} onChange={(e) => onChange({ endTime: String(e.detail.value) })}>
            <Text className='field__input live-form__end'>{form.endTime}</Text>
          </Picker>
        </View>
      </FormField>
      <FormField label='封面' error={errors.cover} hint='不设置时用第一件挂载商品的主图' optional>
        <ImagePicker value={form.cover ? [form.cover] : []} max={1} addLabel='选封面' onChange={(paths) => onChange({ cover: paths[0] ?? '' })} />
      </FormField>
      <RoomNumberField value={form.platformRoomId} error={errors.platformRoomId} onChange={(platformRoomId) => onChange({ platformRoomId })} />
      <FormField label={`挂载商品（${form.productIds.length}/${MAX_LIVE_PRODUCTS}）`} error={errors.productIds} hint='顾客在直播间一键去下单；未上架的商品不会显示' optional>
        {products ? (
          <ProductTicks products={products} selected={form.productIds} onChange={(productIds) => onChange({ productIds })} />
        ) : (
          <Text className='console__hint'>{failed ? '商品加载失败，请返回重试' : '加载商品…'}</Text>
        )}
      </FormField>
      <View className='live-form__actions'>
        <Button className='console__button live-form__save' disabled={props.busy} onClick={props.onSave}>
          {props.busy ? '保存中…' : props.editing ? '保存' : '创建直播'}
        </Button>
        <Button className='console__button console__button--ghost live-form__cancel' onClick={props.onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
