// Weibo's in-app browser may refuse to hand a link over to WeChat: the usual guide to open the
// page in the phone's browser instead (tap ··· at the top right → 用浏览器打开).
import { Text, View } from '@tarojs/components'

export function WeiboGuideBanner() {
  return (
    <View className='landing__guide-banner'>
      <Text>微博内无法直接打开小程序：点击右上角「···」，选择「用浏览器打开」</Text>
    </View>
  )
}

export function WeiboGuideOverlay({ onClose }: { onClose(): void }) {
  return (
    <View className='landing__guide' onClick={onClose}>
      <Text className='landing__guide-arrow'>↗</Text>
      <Text className='landing__guide-step'>1. 点击右上角「···」</Text>
      <Text className='landing__guide-step'>2. 选择「用浏览器打开」</Text>
      <Text className='landing__guide-step'>3. 在浏览器中点击「打开小程序」</Text>
      <Text className='landing__guide-close'>我知道了</Text>
    </View>
  )
}
