// H5 checkout address: a form (there is no WeChat address book in a browser) whose region is
// picked with the address book's own picker, checked by src/domain/typed-address.ts.
import { Input, Text, View } from '@tarojs/components'
import { ADDRESS_LIMITS, validateAddress, type AddressErrors, type AddressField, type AddressFields } from '@/domain/address'
import { checkTypedAddress } from '@/domain/typed-address'
import { RegionField } from '../../account/components/region-field'
import type { FieldRowProps } from '../../account/components/region-field-props'
import './address-section.css'

export type AddressDraft = Record<Exclude<AddressField, 'postalCode'>, string>

export const EMPTY_ADDRESS: AddressDraft = { userName: '', telNumber: '', provinceName: '', cityName: '', countyName: '', detailInfo: '' }

/** Checkout's rules for a typed address, the address book's district rule among them. */
export const checkAddress = checkTypedAddress

type TypedField = 'userName' | 'telNumber' | 'detailInfo'

const TYPED: Record<TypedField, { label: string; placeholder: string; maxlength: number; type?: 'number' }> = {
  userName: { label: '收货人', placeholder: '姓名', maxlength: ADDRESS_LIMITS.userName },
  telNumber: { label: '手机号', placeholder: '11 位手机号', maxlength: 16, type: 'number' },
  detailInfo: { label: '详细地址', placeholder: '街道、门牌号', maxlength: ADDRESS_LIMITS.detailInfo },
}

/** One line of checkout's address form; the region picker lays its lines out with it too. */
function CheckoutRow({ label, className, error, children }: FieldRowProps) {
  return (
    <View className={`checkout-address__row${error ? ' checkout-address__row--error' : ''}${className ? ` ${className}` : ''}`}>
      <Text className='checkout-address__label'>{label}</Text>
      <View className='checkout-address__field'>
        {children}
        {error ? <Text className='checkout-address__error'>{error}</Text> : null}
      </View>
    </View>
  )
}

export function AddressSection(props: { value: AddressDraft; errors: AddressErrors; onChange(next: AddressDraft): void }) {
  const typed = (field: TypedField) => {
    const { label, placeholder, maxlength, type } = TYPED[field]
    return (
      <CheckoutRow label={label} error={props.errors[field]}>
        <Input
          className={`checkout-address__input checkout-address__input--${field}`}
          name={field}
          type={type ?? 'text'}
          value={props.value[field]}
          placeholder={placeholder}
          maxlength={maxlength}
          onInput={(e) => props.onChange({ ...props.value, [field]: e.detail.value })}
        />
      </CheckoutRow>
    )
  }
  return (
    <View className='checkout-address'>
      <Text className='checkout-address__title'>收货地址</Text>
      {typed('userName')}
      {typed('telNumber')}
      <RegionField value={props.value} errors={props.errors} onChange={(patch) => props.onChange({ ...props.value, ...patch })} Row={CheckoutRow} />
      {typed('detailInfo')}
    </View>
  )
}

/** The address as the cloud stores it (trimmed, province spelled out). */
export function toAddress(draft: AddressDraft): AddressFields {
  const checked = validateAddress(draft)
  return checked.ok ? checked.value : { ...draft }
}
