// 领券: claims one coupon (opened from the store home's strip, a product page or a shared card)
// and says how it went; from here the shopper goes back to the store to use it. Claiming lives
// in this subpackage so the store home carries only the strip.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { couponDate, couponFace, type UserCoupon } from '@/domain/coupon'
import { messageOf } from '@/domain/errors'
import { claimCoupon } from '@/services/coupon'
import './index.css'
import { openStoreHome } from '@/services/navigation'

export default function ClaimPage() {
  const { couponId = '', storeId = '' } = useRouter().params
  const [claimed, setClaimed] = useState<UserCoupon | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    claimCoupon(couponId).then(setClaimed, (error: unknown) => setProblem(messageOf(error, '领取失败，请稍后重试')))
  }, [couponId])
  // The store home is a tab page: reLaunch is the way there that keeps the query.
  const toStore = () => openStoreHome(claimed?.storeId ?? storeId)
  return (
    <View className='coupon-claim'>
      {claimed ? (
        <View className='coupon-claim__card'>
          <Text className='coupon-claim__result'>领取成功</Text>
          <Text className='coupon-claim__face'>{couponFace(claimed)}</Text>
          <Text className='coupon-claim__title'>{claimed.title}</Text>
          <Text className='coupon-claim__valid'>有效期至 {couponDate(claimed.validTo)}，下单时自动选用最优惠的券</Text>
        </View>
      ) : problem ? (
        <View className='coupon-claim__card'>
          <Text className='coupon-claim__problem'>{problem}</Text>
        </View>
      ) : (
        <Text className='coupon-claim__loading'>领取中…</Text>
      )}
      {claimed || problem ? (
        <Button className='coupon-claim__go' onClick={toStore}>
          去店里逛逛
        </Button>
      ) : null}
    </View>
  )
}
