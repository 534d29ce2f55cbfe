// Coupon calls: the shopper's (coupon function) and the merchant's (merchant.*Coupon*).
import type { ClaimableCoupon, Coupon, CouponStats, UserCoupon, UserCouponStatus } from '@/domain/coupon'
import { callCloud } from './cloud'

export async function listStoreCoupons(storeId: string): Promise<ClaimableCoupon[]> {
  return (await callCloud('coupon', 'list', { storeId })).items
}

export function claimCoupon(couponId: string): Promise<UserCoupon> {
  return callCloud('coupon', 'claim', { couponId })
}

export async function myCoupons(query: { storeId?: string; status?: UserCouponStatus } = {}): Promise<UserCoupon[]> {
  return (await callCloud('coupon', 'mine', { ...query })).items
}

export interface CouponDraft {
  storeId: string
  couponId?: string
  title: string
  kind: 'amount' | 'percent'
  amountOff?: number
  percentOff?: number
  minSpend: number
  totalQuantity: number
  perPersonLimit: number
  startAt: string
  endAt: string
  audience: 'all' | 'new' | 'lapsed'
  productIds?: string[]
}

export function saveCoupon(draft: CouponDraft): Promise<Coupon> {
  return callCloud('merchant', 'saveCoupon', { ...draft })
}

export async function listCoupons(storeId: string): Promise<Coupon[]> {
  return (await callCloud('merchant', 'listCoupons', { storeId })).items
}

export function setCouponStatus(storeId: string, couponId: string, status: 'active' | 'stopped'): Promise<Coupon> {
  return callCloud('merchant', 'setCouponStatus', { storeId, couponId, status })
}

export function grantCoupon(storeId: string, couponId: string, openids: string[]): Promise<{ granted: number }> {
  return callCloud('merchant', 'grantCoupon', { storeId, couponId, openids })
}

export type { CouponStats }
