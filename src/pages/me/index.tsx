// 我的: profile (WeChat avatar and nickname), order shortcuts with counts, the merchant
// console entry, the address book, privacy, and (H5 development) the identity picker.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { DevIdentityPicker } from '@/components/dev-identity-picker'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import { ROLE_LABELS } from '@/domain/staff-roles'
import { useCartBadge } from '@/hooks/use-cart-badge'
import { openPrivacyContract } from '@/services/privacy-platform'
import { useSession } from '@/store/session'
import { ChatRow } from './chat-row'
import { OrderShortcuts } from './order-shortcuts'
import { ProfileCard } from './profile-card'
import { useAccount } from './use-account'
import './index.css'

const go = (url: string) => () => void Taro.navigateTo({ url })

function MePage() {
  useCartBadge()
  const account = useAccount()
  const loggedIn = useSession((state) => state.token !== null)
  const store = account.user?.stores[0]

  return (
    <View className='me'>
      <ProfileCard user={account.user} error={account.error} onNickname={account.saveNickname} onAvatar={account.saveAvatar} />
      <OrderShortcuts counts={account.counts} />
      <View className='me__card me__card--rows'>
        <View className='me__row me__store' onClick={go('/packages/merchant/pages/index/index')}>
          <Text className='me__row-title'>{store ? '我的店铺' : '开店'}</Text>
          <Text className='me__row-value'>{store ? `${store.name}${store.role && store.role !== 'owner' ? ` · ${ROLE_LABELS[store.role]}` : ''} ›` : '免费开一家自己的小店 ›'}</Text>
        </View>
      </View>
      <View className='me__card me__card--rows'>
        <ChatRow />
        <View className='me__row me__coupons' onClick={go('/packages/coupon/pages/mine/index')}>
          <Text className='me__row-title'>我的优惠券</Text>
          <Text className='me__row-value'>›</Text>
        </View>
        <View className='me__row me__addresses' onClick={go('/packages/account/pages/addresses/index')}>
          <Text className='me__row-title'>收货地址</Text>
          <Text className='me__row-value'>›</Text>
        </View>
        <View className='me__row' onClick={openPrivacyContract}>
          <Text className='me__row-title'>隐私保护指引</Text>
          <Text className='me__row-value'>›</Text>
        </View>
        {loggedIn ? (
          <View className='me__row me__logout' onClick={() => void account.logout()}>
            <Text className='me__row-title'>退出登录</Text>
          </View>
        ) : null}
      </View>
      <DevIdentityPicker />
    </View>
  )
}

export default withPrivacySheet(MePage)
