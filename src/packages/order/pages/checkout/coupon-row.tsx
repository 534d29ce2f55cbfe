// 优惠券 on the checkout: the coupon the quote applied and its saving; a tap lists the caller's
// usable coupons (best first) and 不使用优惠券.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { couponFace } from '@/domain/coupon'
import { formatFen } from '@/domain/money'
import type { Quote } from '@/domain/order-types'
import type { CouponPick } from './use-checkout-flow'

/** WeChat's action sheet shows at most six items. */
const SHEET_MAX = 6

export function CouponRow({ quote, onPick }: { quote: Quote; onPick(pick: CouponPick): void }) {
  const usable = quote.coupons.filter((c) => c.discount !== null && c.discount > 0).sort((a, b) => b.discount! - a.discount!)
  if (quote.coupons.length === 0) return null
  const chosen = quote.coupons.find((c) => c.id === quote.userCouponId)
  const choose = async () => {
    if (usable.length === 0) return
    const options = usable.slice(0, SHEET_MAX - 1)
    try {
      const { tapIndex } = await Taro.showActionSheet({ itemList: [...options.map((c) => `${couponFace(c)}（省 ${formatFen(c.discount!)}）`), '不使用优惠券'] })
      onPick(tapIndex < options.length ? options[tapIndex].id : null)
    } catch {
      // Dismissed: keep the coupon as it is.
    }
  }
  return (
    <View className='checkout__coupon' onClick={() => void choose()}>
      <Text className='checkout__coupon-label'>优惠券</Text>
      <Text className='checkout__coupon-value'>
        {chosen ? `${couponFace(chosen)} 已省 ${formatFen(quote.discount)} ›` : usable.length > 0 ? `${usable.length} 张可用 ›` : '暂无可用'}
      </Text>
    </View>
  )
}
