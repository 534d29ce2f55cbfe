// Moments' single-page mode (scene 1154) is read-only: no login, payment or navigation. In
// place of the buy bar, this tells the shopper how to get to the full Mini Program.
import { Text, View } from '@tarojs/components'
import './browse-only-bar.css'

export function BrowseOnlyBar() {
  return (
    <View className='browse-only-bar' role='note'>
      <Text className='browse-only-bar__title'>当前为朋友圈预览，暂不能购买</Text>
      <Text className='browse-only-bar__hint'>点击屏幕下方「前往小程序」，即可下单购买</Text>
    </View>
  )
}
