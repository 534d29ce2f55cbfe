// Coupons (优惠券): their wire shapes and the one rule of what a coupon takes off an order.
// The cloud prices every quote and order with discountOf; the app only shows what it answered.

export const COUPON_KINDS = ['amount', 'percent'] as const
export type CouponKind = (typeof COUPON_KINDS)[number]
export const COUPON_AUDIENCES = ['all', 'new', 'lapsed'] as const
export type CouponAudience = (typeof COUPON_AUDIENCES)[number]
export const COUPON_STATUSES = ['active', 'stopped'] as const
export type CouponStatus = (typeof COUPON_STATUSES)[number]
export const USER_COUPON_STATUSES = ['unused', 'used', 'expired'] as const
export type UserCouponStatus = (typeof USER_COUPON_STATUSES)[number]

/** A lapsed customer: paid before, but not within this many days. */
export const LAPSED_AFTER_DAYS = 60
export const MAX_PERCENT_OFF = 90
export const MAX_COUPON_QUANTITY = 1_000_000
export const MAX_PER_PERSON = 100
export const MAX_COUPON_PRODUCTS = 100
export const MAX_GRANT = 100
export const MAX_COUPON_TITLE = 20

/** The terms a shopper's coupon carries (a snapshot of the coupon's when it was claimed). */
export interface CouponTerms {
  kind: CouponKind
  amountOff: number | null
  percentOff: number | null
  minSpend: number
  /** Empty: every product of the store. */
  productIds: string[]
}

export interface Coupon extends CouponTerms {
  id: string
  storeId: string
  title: string
  totalQuantity: number
  perPersonLimit: number
  startAt: string
  endAt: string
  audience: CouponAudience
  status: CouponStatus
  claimed: number
  used: number
}

/** A coupon a shopper can claim now, with what is left of it and how many they hold. */
export interface ClaimableCoupon extends Coupon {
  remaining: number
  mine: number
}

export interface UserCoupon extends CouponTerms {
  id: string
  couponId: string
  storeId: string
  title: string
  validFrom: string
  validTo: string
  status: UserCouponStatus
  orderId: string | null
  claimedAt: string
}

export interface CouponLine {
  productId: string
  price: number
  quantity: number
}

/** The fen of the lines the coupon applies to. */
export function eligibleAmount(terms: Pick<CouponTerms, 'productIds'>, lines: readonly CouponLine[]): number {
  const only = terms.productIds.length > 0 ? new Set(terms.productIds) : null
  return lines.reduce((sum, line) => (only && !only.has(line.productId) ? sum : sum + line.price * line.quantity), 0)
}

/**
 * What the coupon takes off, in fen, or null when the eligible lines do not reach its minimum
 * spend (or it applies to none of them). A percent coupon rounds its saving down to the fen, so
 * a saving never exceeds the stated percentage; neither kind exceeds the eligible amount.
 */
export function discountOf(terms: CouponTerms, lines: readonly CouponLine[]): number | null {
  const eligible = eligibleAmount(terms, lines)
  if (eligible <= 0 || eligible < terms.minSpend) return null
  const off = terms.kind === 'amount' ? (terms.amountOff ?? 0) : Math.floor((eligible * (terms.percentOff ?? 0)) / 100)
  return Math.min(off, eligible)
}

/**
 * The saving as applied to an order: never so much that nothing is left to pay (a payment of
 * ¥0.00 cannot be made), so at most the order's total less one fen.
 */
export function orderDiscount(terms: CouponTerms, lines: readonly CouponLine[], totalBefore: number): number | null {
  const off = discountOf(terms, lines)
  if (off === null) return null
  return Math.max(0, Math.min(off, totalBefore - 1))
}

/** 'expired' is not stored: an unused coupon past its validTo is expired. */
export function userCouponStatus(stored: 'unused' | 'used', validTo: Date, now: Date): UserCouponStatus {
  if (stored === 'used') return 'used'
  return validTo.getTime() <= now.getTime() ? 'expired' : 'unused'
}

/** "满99减20", "8.5折", "无门槛减5": the short face of a coupon. */
export function couponFace(terms: Pick<CouponTerms, 'kind' | 'amountOff' | 'percentOff' | 'minSpend'>): string {
  const yuan = (fen: number) => String(Number((fen / 100).toFixed(2)))
  const off =
    terms.kind === 'amount' ? `减${yuan(terms.amountOff ?? 0)}` : `${String(Number(((100 - (terms.percentOff ?? 0)) / 10).toFixed(1)))}折`
  return terms.minSpend > 0 ? `满${yuan(terms.minSpend)}${off}` : `无门槛${off}`
}

/** merchant.stats' coupon figures for the period: copies handed out, orders sold with one, their sales. */
export interface CouponStats {
  claimed: number
  /** Sales (paid, not refunded) that used a coupon. */
  used: number
  /** What those orders paid, in fen. */
  sales: number
  /** What the coupons took off those orders, in fen. */
  discount: number
}

/**
 * "2026-12-14" in China time (UTC+8, no daylight saving): a coupon's dates without pulling a
 * date library into the pages that show them.
 */
export function couponDate(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}
