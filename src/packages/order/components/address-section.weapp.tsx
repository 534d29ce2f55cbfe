// weapp checkout address: WeChat's own address book (chooseAddress), which may hold a
// landline, so only the shared rules apply.
import { Text, View } from '@tarojs/components'
import { chooseWechatAddress } from '@/services/privacy-apis'
import { formatAddressLine, validateAddress, type AddressErrors, type AddressField, type AddressFields } from '@/domain/address'
import './address-section.css'

export type AddressDraft = Record<Exclude<AddressField, 'postalCode'>, string>

export const EMPTY_ADDRESS: AddressDraft = { userName: '', telNumber: '', provinceName: '', cityName: '', countyName: '', detailInfo: '' }

export function checkAddress(draft: AddressDraft): AddressErrors {
  const checked = validateAddress(draft)
  return checked.ok ? {} : checked.errors
}

export function AddressSection(props: { value: AddressDraft; errors: AddressErrors; onChange(next: AddressDraft): void }) {
  const choose = async () => {
    const picked = await chooseWechatAddress()
    if (!picked) return
    const { userName, telNumber, provinceName, cityName, countyName, detailInfo } = picked
    props.onChange({ userName, telNumber, provinceName, cityName, countyName, detailInfo })
  }
  const filled = props.value.userName !== ''
  const problem = Object.values(props.errors)[0]
  return (
    <View className='address-pick' onClick={() => void choose()}>
      {filled ? (
        <View className='address-pick__body'>
          <Text className='address-pick__who'>
            {props.value.userName} {props.value.telNumber}
          </Text>
          <Text className='address-pick__where'>{formatAddressLine(props.value)}</Text>
        </View>
      ) : (
        <Text className='address-pick__empty'>选择收货地址</Text>
      )}
      <Text className='address-pick__more'>›</Text>
      {problem ? <Text className='checkout-address__error'>{problem}</Text> : null}
    </View>
  )
}

/** The address as the cloud stores it (trimmed, province spelled out). */
export function toAddress(draft: AddressDraft): AddressFields {
  const checked = validateAddress(draft)
  return checked.ok ? checked.value : { ...draft }
}
