// 领券: a store's claimable coupons as a row of tickets (store home, product page). Tapping one
// claims it; a coupon scoped to other products is left out on a product page.
import { ScrollView, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { couponFace, type ClaimableCoupon } from '@/domain/coupon'
import { claimCoupon, listStoreCoupons } from '@/services/coupon'
import { toastError } from '@/services/toast'
import './coupon-strip.css'

export function CouponStrip({ storeId, productId, highlight }: { storeId?: string; productId?: string; highlight?: string }) {
  const [coupons, setCoupons] = useState<ClaimableCoupon[]>([])
  useEffect(() => {
    if (!storeId) return
    // A shortcut like the topic chips: when it cannot load, the page goes without it.
    listStoreCoupons(storeId).then(setCoupons, () => setCoupons([]))
  }, [storeId])
  const shown = coupons.filter((c) => !productId || c.productIds.length === 0 || c.productIds.includes(productId))
  if (shown.length === 0) return null
  const claim = (coupon: ClaimableCoupon) => {
    claimCoupon(coupon.id).then(
      () => {
        void Taro.showToast({ title: '领取成功', icon: 'success' })
        setCoupons((list) => list.map((c) => (c.id === coupon.id ? { ...c, mine: c.mine + 1, remaining: c.remaining - 1 } : c)))
      },
      (error: unknown) => toastError(error, '领取失败'),
    )
  }
  return (
    <ScrollView className='coupon-strip' scrollX enableFlex>
      {shown.map((c) => {
        const full = c.mine >= c.perPersonLimit || c.remaining <= 0
        return (
          <View key={c.id} className={`coupon-ticket${c.id === highlight ? ' coupon-ticket--on' : ''}`} onClick={() => !full && claim(c)}>
            <Text className='coupon-ticket__face'>{couponFace(c)}</Text>
            <Text className='coupon-ticket__action'>{c.mine > 0 ? (full ? '已领取' : '再领') : c.remaining > 0 ? '领券' : '已领完'}</Text>
          </View>
        )
      })}
    </ScrollView>
  )
}
