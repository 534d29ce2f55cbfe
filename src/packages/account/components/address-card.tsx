// One address of the book with its actions.
import { Text, View } from '@tarojs/components'
import { formatAddressLine, type Address } from '@/domain/address'

interface Props {
  address: Address
  onPick?(): void
  onEdit(): void
  onRemove(): void
  onMakeDefault(): void
}

export function AddressCard({ address, onPick, onEdit, onRemove, onMakeDefault }: Props) {
  return (
    <View className='address-card' data-id={address.id}>
      <View className='address-card__body' onClick={onPick ?? onEdit}>
        <View className='address-card__who'>
          <Text className='address-card__name'>{address.userName}</Text>
          <Text className='address-card__phone'>{address.telNumber}</Text>
          {address.isDefault ? <Text className='address-card__default'>默认</Text> : null}
        </View>
        <Text className='address-card__line'>{formatAddressLine(address)}</Text>
      </View>
      <View className='address-card__actions'>
        {address.isDefault ? (
          <Text className='address-card__action address-card__action--muted'>默认地址</Text>
        ) : (
          <Text className='address-card__action address-card__make-default' onClick={onMakeDefault}>
            设为默认
          </Text>
        )}
        <View className='address-card__spacer' />
        <Text className='address-card__action address-card__edit' onClick={onEdit}>
          编辑
        </Text>
        <Text className='address-card__action address-card__remove' onClick={onRemove}>
          删除
        </Text>
      </View>
    </View>
  )
}
