// H5 checkout address: a form (there is no WeChat address book in a browser), checked with the
// address book's rules (the cloud's too), plus the H5 rule that a person types a mobile number.
import { Input, Text, View } from '@tarojs/components'
import { isChinaMobile, validateAddress, type AddressErrors, type AddressField, type AddressFields } from '@/domain/address'
import './address-section.css'

export type AddressDraft = Record<Exclude<AddressField, 'postalCode'>, string>

export const EMPTY_ADDRESS: AddressDraft = { userName: '', telNumber: '', provinceName: '', cityName: '', countyName: '', detailInfo: '' }

export function checkAddress(draft: AddressDraft): AddressErrors {
  const checked = validateAddress(draft)
  const errors: AddressErrors = checked.ok ? {} : { ...checked.errors }
  if (!errors.telNumber && !isChinaMobile(draft.telNumber)) errors.telNumber = '请填写正确的 11 位手机号码'
  return errors
}

const FIELDS: Array<{ field: keyof AddressDraft; label: string; placeholder: string; type?: 'number' }> = [
  { field: 'userName', label: '收货人', placeholder: '姓名' },
  { field: 'telNumber', label: '手机号', placeholder: '11 位手机号', type: 'number' },
  { field: 'provinceName', label: '省份', placeholder: '如 广东省' },
  { field: 'cityName', label: '城市', placeholder: '如 广州市' },
  { field: 'countyName', label: '区县', placeholder: '如 海珠区' },
  { field: 'detailInfo', label: '详细地址', placeholder: '街道、门牌号' },
]

export function AddressSection(props: { value: AddressDraft; errors: AddressErrors; onChange(next: AddressDraft): void }) {
  return (
    <View className='address-form'>
      <Text className='address-form__title'>收货地址</Text>
      {FIELDS.map(({ field, label, placeholder, type }) => (
        <View key={field} className={`address-form__row${props.errors[field] ? ' address-form__row--error' : ''}`}>
          <Text className='address-form__label'>{label}</Text>
          <View className='address-form__field'>
            <Input
              className={`address-form__input address-form__input--${field}`}
              name={field}
              type={type ?? 'text'}
              value={props.value[field]}
              placeholder={placeholder}
              maxlength={field === 'detailInfo' ? 120 : field === 'telNumber' ? 16 : 25}
              onInput={(e) => props.onChange({ ...props.value, [field]: e.detail.value })}
            />
            {props.errors[field] ? <Text className='address-form__error'>{props.errors[field]}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  )
}

/** The address as the cloud stores it (trimmed, province spelled out). */
export function toAddress(draft: AddressDraft): AddressFields {
  const checked = validateAddress(draft)
  return checked.ok ? checked.value : { ...draft }
}
