// H5: no chooseAvatar button outside WeChat; the shopper picks a picture, after consenting.
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ensurePrivacyConsent } from '@/store/privacy'
import type { AvatarPickerProps } from './avatar-picker-props'

export function AvatarPicker({ avatarUrl, onPicked }: AvatarPickerProps) {
  async function choose() {
    if (!(await ensurePrivacyConsent())) return
    try {
      // A phone browser's file picker offers the camera itself; asking 拍摄 / 相册 first is one tap too many.
      const { tempFilePaths } = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album'] })
      if (tempFilePaths[0]) onPicked(tempFilePaths[0])
    } catch {
      // Cancelled: nothing to do.
    }
  }
  return (
    <View className='avatar-picker' onClick={choose}>
      {avatarUrl ? <Image className='avatar-picker__image' src={avatarUrl} mode='aspectFill' /> : <Text className='avatar-picker__empty'>头像</Text>}
    </View>
  )
}
