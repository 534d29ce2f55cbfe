// Order shapes of the wire contract (DESIGN.md section 3), shared by the cloud and the app.
import type { Page } from './envelope'
import type { Entry } from './entry'
import type { AddressFields as Address } from './address'
import type { DeliveryMethod } from './order-pricing'
import type { OrderStatus } from './order-state'
import type { RefundStatus } from './refund-status'
import type { UserCoupon } from './coupon'

/** A coupon the checkout may offer, with what it would take off (null: its minimum is not reached). */
export type CouponChoice = UserCoupon & { discount: number | null }

/** A line as bought: a snapshot, so later edits to the product do not rewrite history. */
export interface OrderItem {
  skuId: string
  productId: string
  title: string
  image: string
  specs: Record<string, string>
  /** Unit price in fen when the order was made. */
  price: number
  quantity: number
}

export interface Order {
  id: string
  /**
   * The number people read out: the store's day and the order's place in it, "20261207-0042"
   * (src/domain/order-number.ts). Null only for orders written around order.create.
   */
  orderNo: string | null
  storeId: string
  storeName: string
  status: OrderStatus
  items: OrderItem[]
  itemsTotal: number
  deliveryFee: number
  /** What the buyer's coupon took off, in fen; total = itemsTotal − discount + deliveryFee. */
  discount: number
  total: number
  userCouponId: string | null
  delivery: DeliveryMethod
  address: Address | null
  note: string
  entry: Entry | null
  createdAt: string
  /** When an unpaid order is cancelled automatically. */
  expiresAt: string
  paidAt: string | null
  shippedAt: string | null
  completedAt: string | null
  cancelledAt: string | null
  cancelReason: string | null
  refundReason: string | null
  refundRequestedAt: string | null
  refundedAt: string | null
  /** The merchant's words when refusing a refund. */
  refundDecisionReason: string | null
  carrier: string | null
  trackingNo: string | null
  /** A payment arrived after the order was cancelled and is not confirmed back yet. */
  refundDue: boolean
  /** Where the order's refund is: none, pending (asked of the platform), succeeded or failed. */
  refundStatus: RefundStatus
}

export interface QuoteLine extends OrderItem {
  /** Units left now, for "仅剩 n 件". */
  stock: number
}

export interface Quote {
  storeId: string
  storeName: string
  items: QuoteLine[]
  itemsTotal: number
  deliveryFee: number
  discount: number
  total: number
  /** The coupon this quote applied (the one asked for), or null. */
  userCouponId: string | null
  /** The caller's coupon that saves most on this order, or null when none fits. */
  bestUserCouponId: string | null
  /** The caller's unused coupons of the store, each with what it would take off (null: not reached). */
  coupons: CouponChoice[]
  delivery: DeliveryMethod
  /** Set when the request carried expectedTotal and the server's total differs. */
  priceChanged: boolean
}

export interface OrderLineInput {
  skuId: string
  quantity: number
}

export interface OrderRequest {
  storeId: string
  items: OrderLineInput[]
  address?: Address
  delivery: DeliveryMethod
  note?: string
  expectedTotal?: number
  userCouponId?: string
}

export interface CreateOrderRequest extends OrderRequest {
  idempotencyKey: string
  visitId?: string
}

/** What order.pay answers: the parameters the client hands to its payment sheet. */
export interface PayStart {
  provider: 'wechat' | 'simulated'
  params: Record<string, unknown>
}

/** Fresh catalog data for a cart line. */
export interface CartItemInfo {
  skuId: string
  productId: string
  storeId: string
  storeName: string
  title: string
  image: string
  specs: Record<string, string>
  price: number
  stock: number
  /** off_sale: the product was taken off the shelf, or the SKU no longer exists. */
  status: 'on_sale' | 'off_sale'
}

export interface MerchantOrderPage extends Page<Order> {
  /** Orders of the store by status, for the tab badges. */
  counts: Partial<Record<OrderStatus, number>>
}
