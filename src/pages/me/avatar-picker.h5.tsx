// H5: no chooseAvatar button outside WeChat; the shopper picks a picture, after consenting.
import { Image, Text, View } from '@tarojs/components'
import { choosePhotos } from '@/services/privacy-apis'
import { ensurePrivacyConsent } from '@/store/privacy'
import type { AvatarPickerProps } from './avatar-picker-props'

export function AvatarPicker({ avatarUrl, onPicked }: AvatarPickerProps) {
  async function choose() {
    if (!(await ensurePrivacyConsent())) return
    // A phone browser's file picker offers the camera itself; asking 拍摄 / 相册 first is one tap too many.
    const [picked] = await choosePhotos(1, ['album'])
    if (picked) onPicked(picked)
  }
  return (
    <View className='avatar-picker' onClick={choose}>
      {avatarUrl ? <Image className='avatar-picker__image' src={avatarUrl} mode='aspectFill' /> : <Text className='avatar-picker__empty'>头像</Text>}
    </View>
  )
}
