// Merchant console home (merchant subpackage). The merchant issue fills it with the console.
import { View } from '@tarojs/components'
import { EmptyState } from '@/components/state-views'

export default function MerchantHomePage() {
  return (
    <View className='merchant-home'>
      <EmptyState title='店铺管理' hint='开店、上架商品、发货与数据，即将在这里完成' />
    </View>
  )
}
