// 新增 / 编辑收货地址: the validated form (China mobile numbers, province / city / district).
// Saving asks for privacy consent first; nothing typed is lost when something is refused.
import { Input, Switch, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { ADDRESS_LIMITS } from '@/domain/address'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import { ErrorState } from '@/components/state-views'
import { RegionField } from '../../components/region-field'
import { FieldRow } from './field-row'
import { useAddressForm } from './use-address-form'
import { goBackOr } from '@/services/navigation'
import { setPageTitle } from '@/services/page-title'
import './index.css'

const ADDRESS_BOOK = '/packages/account/pages/addresses/index'

function AddressEditPage() {
  const id = useRouter().params.id || undefined
  const form = useAddressForm(id)
  const { draft, errors } = form

  useEffect(() => {
    if (id) setPageTitle('编辑收货地址')
  }, [id])

  if (form.loadError) return <ErrorState error={form.loadError} />
  if (form.loading) return <Text className='address-form__loading'>加载中…</Text>

  async function save() {
    if (await form.save()) {
      void Taro.showToast({ title: '地址已保存', icon: 'success' })
      setTimeout(() => goBackOr(ADDRESS_BOOK), 400)
    }
  }

  async function remove() {
    if (await form.remove()) goBackOr(ADDRESS_BOOK)
  }

  return (
    <View className='address-form'>
      <View className='address-form__group'>
        <FieldRow label='收货人' error={errors.userName}>
          <Input className='address-form__input address-form__name' value={draft.userName} maxlength={ADDRESS_LIMITS.userName} placeholder='姓名' onInput={(e) => form.change({ userName: e.detail.value })} />
        </FieldRow>
        <FieldRow label='手机号码' error={errors.telNumber}>
          <Input className='address-form__input address-form__phone' type='text' value={draft.telNumber} maxlength={20} placeholder='11 位手机号' onInput={(e) => form.change({ telNumber: e.detail.value })} />
        </FieldRow>
        <RegionField value={draft} errors={errors} onChange={form.change} Row={FieldRow} />
        <FieldRow label='详细地址' error={errors.detailInfo}>
          <Textarea className='address-form__textarea address-form__detail' value={draft.detailInfo} maxlength={ADDRESS_LIMITS.detailInfo} autoHeight placeholder='街道、楼牌号等' onInput={(e) => form.change({ detailInfo: e.detail.value })} />
        </FieldRow>
        <FieldRow label='邮政编码' error={errors.postalCode}>
          <Input className='address-form__input address-form__postal' type='number' value={draft.postalCode} maxlength={6} placeholder='选填' onInput={(e) => form.change({ postalCode: e.detail.value })} />
        </FieldRow>
      </View>
      <View className='address-form__group address-form__default'>
        <Text className='address-form__label address-form__label--wide'>设为默认地址</Text>
        <Switch checked={form.isDefault} color='#e4393c' onChange={(e) => form.setIsDefault(e.detail.value)} />
      </View>
      <View className={`address-form__save${form.saving ? ' address-form__save--busy' : ''}`} onClick={() => void save()}>
        {form.saving ? '保存中…' : '保存'}
      </View>
      {id ? (
        <View className='address-form__remove' onClick={() => void remove()}>
          删除地址
        </View>
      ) : null}
    </View>
  )
}

export default withPrivacySheet(AddressEditPage)
