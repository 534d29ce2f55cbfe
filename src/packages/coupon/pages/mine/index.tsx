// 我的优惠券: the shopper's coupons by state (未使用 / 已使用 / 已过期); an unused one opens its store.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { couponDate, couponFace, type UserCoupon, type UserCouponStatus } from '@/domain/coupon'
import type { AppError } from '@/domain/errors'
import { SectionTabs } from '@/components/section-tabs'
import { EmptyState, ErrorState } from '@/components/state-views'
import { myCoupons } from '@/services/coupon'
import './index.css'
import { openStoreHome } from '@/services/navigation'
import { useLoadOn } from '@/hooks/use-load-on'

const TABS: Array<{ key: UserCouponStatus; label: string }> = [
  { key: 'unused', label: '未使用' },
  { key: 'used', label: '已使用' },
  { key: 'expired', label: '已过期' },
]

export default function MyCouponsPage() {
  const [status, setStatus] = useState<UserCouponStatus>('unused')
  const [items, setItems] = useState<UserCoupon[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const load = () => {
    setError(null)
    myCoupons({ status }).then(setItems, (failure: AppError) => setError(failure))
  }
  useLoadOn(status, load)

  return (
    <View className='my-coupons'>
      <SectionTabs<UserCouponStatus> tabs={TABS} active={status} onChange={(key) => { setItems(null); setStatus(key) }} />
      {error ? <ErrorState error={error} onRetry={load} /> : null}
      {items && items.length === 0 ? <EmptyState title='没有优惠券' hint='在店铺首页和商品页可以领券' /> : null}
      {(items ?? []).map((coupon) => (
        <View
          key={coupon.id}
          className={`my-coupon my-coupon--${coupon.status}`}
          onClick={() => coupon.status === 'unused' && openStoreHome(coupon.storeId)}
        >
          <Text className='my-coupon__face'>{couponFace(coupon)}</Text>
          <View className='my-coupon__text'>
            <Text className='my-coupon__title'>{coupon.title}</Text>
            <Text className='my-coupon__scope'>{coupon.productIds.length > 0 ? '指定商品可用' : '全店通用'}</Text>
            <Text className='my-coupon__valid'>有效期至 {couponDate(coupon.validTo)}</Text>
          </View>
          <Text className='my-coupon__state'>{TABS.find((tab) => tab.key === coupon.status)?.label}</Text>
        </View>
      ))}
    </View>
  )
}
