// weapp: WeChat's avatar button (open-type chooseAvatar), not getUserProfile. WeChat runs its
// privacy check (onNeedPrivacyAuthorization) when it is tapped.
import { Button, Image, Text } from '@tarojs/components'
import type { AvatarPickerProps } from './avatar-picker-props'

export function AvatarPicker({ avatarUrl, onPicked }: AvatarPickerProps) {
  return (
    <Button className='avatar-picker' openType='chooseAvatar' onChooseAvatar={(e) => onPicked(e.detail.avatarUrl)}>
      {avatarUrl ? <Image className='avatar-picker__image' src={avatarUrl} mode='aspectFill' /> : <Text className='avatar-picker__empty'>头像</Text>}
    </Button>
  )
}
