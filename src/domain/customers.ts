// The merchant's customer list (merchant.listCustomers): who bought, how often, how much, and
// the segments the owner targets coupons at. No phone number or address ever goes in here.
//
// A customer is a shopper with at least one sale in the store; a sale is an order that is paid,
// shipped, completed or awaiting a refund decision (SALES_STATUSES, as in merchant.stats), dated
// by when it was paid. Segments, over those sales only:
//   repeat: 2 or more sales, at any time;
//   lapsed: sales, but none in the last 60 days (the coupon audience `lapsed`, same words);
//   new:    exactly one sale, made in the last 60 days (a first-time customer; the coupon audience
//           `new` is the shopper with no sale yet, who by definition is not in this list).
// `repeat` and `lapsed` may overlap (a repeat customer who stopped coming is both).

export const CUSTOMER_SEGMENTS = ['all', 'repeat', 'lapsed', 'new'] as const
export type CustomerSegment = (typeof CUSTOMER_SEGMENTS)[number]

export const CUSTOMER_SEGMENT_LABELS: Record<CustomerSegment, string> = { all: '全部', repeat: '回头客', lapsed: '沉睡客', new: '新客' }

/** The window of `lapsed` and `new`, shared with the coupon audiences. */
export const LAPSED_AFTER_DAYS = 60

export interface Customer {
  openid: string
  nickname: string
  avatarUrl: string
  /** Number of sales. */
  orders: number
  /** Sum of those sales' totals, in fen. */
  paidAmount: number
  lastOrderAt: string
}

export interface CustomerFigures {
  orders: number
  lastOrderAt: Date
}

export function lapsedBefore(now: Date): Date {
  return new Date(now.getTime() - LAPSED_AFTER_DAYS * 24 * 60 * 60 * 1000)
}

/** The rule the database query applies, stated once in plain code for tests and the console. */
export function inSegment(segment: CustomerSegment, figures: CustomerFigures, now: Date): boolean {
  const recent = figures.lastOrderAt.getTime() >= lapsedBefore(now).getTime()
  switch (segment) {
    case 'all':
      return figures.orders >= 1
    case 'repeat':
      return figures.orders >= 2
    case 'lapsed':
      return figures.orders >= 1 && !recent
    case 'new':
      return figures.orders === 1 && recent
  }
}

/** At most this many customers per grantCoupon call (the contract's limit). */
export const MAX_GRANT_OPENIDS = 100
