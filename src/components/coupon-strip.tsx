// 领券: a store's claimable coupons as a row of tickets (store home, product page); a coupon
// scoped to other products is left out on a product page. A tap opens the claim page (its own
// subpackage), so this strip stays light on the pages every shopper loads first.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { couponFace, type ClaimableCoupon } from '@/domain/coupon'
import { listStoreCoupons } from '@/services/coupon'
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
  return (
    <View className='coupon-strip'>
      {shown.map((c) => {
        const full = c.mine >= c.perPersonLimit || c.remaining <= 0
        const claim = () => void Taro.navigateTo({ url: `/packages/coupon/pages/claim/index?couponId=${c.id}&storeId=${c.storeId}` })
        return (
          <View key={c.id} className={`coupon-ticket${c.id === highlight ? ' coupon-ticket--on' : ''}`} onClick={full ? undefined : claim}>
            <Text className='coupon-ticket__face'>{couponFace(c)}</Text>
            <Text className='coupon-ticket__action'>{c.mine > 0 ? (full ? '已领取' : '再领') : c.remaining > 0 ? '领券' : '已领完'}</Text>
          </View>
        )
      })}
    </View>
  )
}
