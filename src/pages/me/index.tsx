// 我的: shortcuts to orders and the merchant console, and (H5 development) the identity picker.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { DevIdentityPicker } from '@/components/dev-identity-picker'
import { useCartBadge } from '@/hooks/use-cart-badge'
import './index.css'

export default function MePage() {
  useCartBadge()
  return (
    <View className='me'>
      <View className='me__card'>
        <Text className='me__card-title'>我的订单</Text>
        <Text className='me__link' onClick={() => Taro.navigateTo({ url: '/packages/order/pages/list/index' })}>
          查看全部订单 ›
        </Text>
      </View>
      <View className='me__card'>
        <Text className='me__card-title'>我的店铺</Text>
        <Text className='me__link' onClick={() => Taro.navigateTo({ url: '/packages/merchant/pages/index/index' })}>
          进入店铺管理 ›
        </Text>
      </View>
      <DevIdentityPicker />
    </View>
  )
}
