// coupon: the shopper's side of coupons — what a store offers, claiming one, and their own.
// Merchants manage coupons through merchant.saveCoupon / listCoupons / setCouponStatus / grantCoupon.
import { claim } from '../coupon/claim'
import { list } from '../coupon/list'
import { mine } from '../coupon/mine'
import type { FunctionTable } from '../operation'

export const coupon = { list, claim, mine } satisfies FunctionTable
