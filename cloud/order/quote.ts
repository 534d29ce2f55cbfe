// order.quote: what the order would cost now — the server's prices, the caller's coupon,
// delivery fee and total — and which of the caller's coupons saves most.
import type { Quote } from '../../src/domain/order-types'
import { quoteCoupon } from '../coupon/order-coupon'
import { defineOperation, requireOpenid } from '../operation'
import { quoteInput } from './order-input'
import { priceLines, withDiscount } from './price-lines'

export const quote = defineOperation({
  input: quoteInput,
  access: 'user',
  async run(ctx, input): Promise<Quote> {
    const priced = await priceLines(ctx.db, input)
    const coupon = await quoteCoupon(ctx.db, input.userCouponId, {
      buyer: requireOpenid(ctx),
      storeId: input.storeId,
      lines: priced.lines,
      totalBefore: priced.total,
      now: ctx.now(),
    })
    const { total, deliveryFee } = withDiscount(priced, coupon.discount)
    return {
      storeId: priced.storeId,
      storeName: priced.storeName,
      items: priced.lines,
      itemsTotal: priced.itemsTotal,
      deliveryFee,
      discount: coupon.discount,
      total,
      userCouponId: coupon.userCouponId,
      bestUserCouponId: coupon.bestUserCouponId,
      coupons: coupon.coupons,
      delivery: input.delivery,
      priceChanged: input.expectedTotal !== undefined && input.expectedTotal !== total,
    }
  },
})
