// Orders, their lines and payments. Order lines snapshot what was bought; stock lives on skus.
import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, json, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import type { AddressFields } from '../../../src/domain/address'
import type { Entry } from '../../../src/domain/entry'
import { ORDER_STATUSES } from '../../../src/domain/order-state'
import { REFUND_STATES } from '../../../src/domain/refund-status'
import { at, createdAt, seq, updatedAt } from './columns'

/** An order's address as bought: WeChat's chooseAddress fields (src/domain/address.ts). */
export type AddressSnapshot = AddressFields

export const orders = pgTable(
  'orders',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    /**
     * The number read aloud over the phone: the store's day (Beijing time) and its place in that
     * day, 20261207-0042 (src/domain/order-number.ts). Null only for rows written around
     * order.create (test fixtures, benchmarks); the migration numbered the orders made before it.
     */
    orderNo: text('order_no'),
    buyerOpenid: text('buyer_openid').notNull(),
    storeId: text('store_id').notNull(),
    status: text('status', { enum: ORDER_STATUSES }).notNull().default('pending_payment'),
    /** Sum of the lines, in fen. */
    itemsTotal: integer('items_total').notNull(),
    deliveryFee: integer('delivery_fee').notNull().default(0),
    /** What the buyer's coupon took off, in fen (cloud/coupon/use-coupon.ts). */
    discount: integer('discount').notNull().default(0),
    /** What the buyer pays, in fen: itemsTotal − discount + deliveryFee. */
    total: integer('total').notNull(),
    /** The shopper's coupon this order used; given back if the order is cancelled unpaid. */
    userCouponId: text('user_coupon_id'),
    delivery: text('delivery', { enum: ['express', 'pickup'] }).notNull(),
    address: jsonb('address').$type<AddressSnapshot | null>(),
    note: text('note').notNull().default(''),
    /** Attribution copied from the visit that led here (see entry.recordVisit). */
    entry: jsonb('entry').$type<Entry | null>(),
    visitId: text('visit_id'),
    idempotencyKey: text('idempotency_key'),
    /** Hash of the create payload: the same key with another payload is IDEMPOTENCY_MISMATCH. */
    requestHash: text('request_hash'),
    /** When an unpaid order is cancelled automatically. */
    expiresAt: at('expires_at').notNull(),
    paidAt: at('paid_at'),
    shippedAt: at('shipped_at'),
    completedAt: at('completed_at'),
    cancelledAt: at('cancelled_at'),
    cancelReason: text('cancel_reason'),
    /** The state a refund request came from, to go back to when refused. */
    refundFrom: text('refund_from', { enum: ['paid', 'shipped'] }),
    refundReason: text('refund_reason'),
    refundRequestedAt: at('refund_requested_at'),
    refundDecisionReason: text('refund_decision_reason'),
    refundedAt: at('refunded_at'),
    carrier: text('carrier'),
    trackingNo: text('tracking_no'),
    /** A payment arrived after the order was cancelled: money to give back. */
    refundDue: boolean('refund_due').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('orders_buyer_idempotency_idx').on(t.buyerOpenid, t.idempotencyKey),
    index('orders_buyer_seq_idx').on(t.buyerOpenid, t.seq.desc().nullsFirst()),
    // Never two orders of a store with one number; the merchant's search by number uses it too.
    uniqueIndex('orders_store_order_no_idx').on(t.storeId, t.orderNo),
    // The merchant's 全部 tab: a store's orders newest first whatever their status.
    index('orders_store_seq_idx').on(t.storeId, t.seq.desc().nullsFirst()),
    index('orders_store_status_seq_idx').on(t.storeId, t.status, t.seq.desc().nullsFirst()),
    // The order export walks a store's orders by payment time.
    index('orders_store_paid_idx').on(t.storeId, t.paidAt, t.id),
    index('orders_expiry_idx').on(t.status, t.expiresAt),
    check('orders_total_matches', sql`${t.total} = ${t.itemsTotal} - ${t.discount} + ${t.deliveryFee}`),
    check('orders_discount_range', sql`${t.discount} >= 0 and ${t.discount} <= ${t.itemsTotal}`),
  ],
)

/**
 * The last order number a store gave out on a day. order.create bumps its row in the statement
 * that inserts the order, so the row stays locked until that transaction ends: numbers of one
 * store and day are handed out one after another, and a rolled-back order gives its number back.
 */
export const orderNumbers = pgTable(
  'order_numbers',
  {
    storeId: text('store_id').notNull(),
    /** YYYYMMDD in Beijing time. */
    day: text('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.storeId, t.day] })],
)

export const orderItems = pgTable(
  'order_items',
  {
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id),
    skuId: text('sku_id').notNull(),
    productId: text('product_id').notNull(),
    title: text('title').notNull(),
    image: text('image').notNull().default(''),
    specs: json('specs').$type<Record<string, string>>().notNull().default({}),
    /** Unit price in fen at the time of the order. */
    price: integer('price').notNull(),
    quantity: integer('quantity').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.skuId] }),
    index('order_items_sku_idx').on(t.skuId),
    // 已售 on the product page sums a product's lines on every read.
    index('order_items_product_idx').on(t.productId),
    check('order_items_quantity_positive', sql`${t.quantity} > 0`),
  ],
)

/** One row per order however often the payment platform calls back. */
export const payments = pgTable(
  'payments',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id),
    provider: text('provider', { enum: ['wechat', 'simulated'] }).notNull(),
    transactionId: text('transaction_id').notNull(),
    amount: integer('amount').notNull(),
    /** 'paid' moved the order to paid; 'paid_after_cancel' arrived for a cancelled order. */
    outcome: text('outcome', { enum: ['paid', 'paid_after_cancel'] }).notNull(),
    raw: jsonb('raw').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('payments_order_idx').on(t.orderId), uniqueIndex('payments_transaction_idx').on(t.provider, t.transactionId)],
)

/**
 * Money given back: approved refunds and payments that arrived after a cancel. The id is the
 * platform's out_refund_no. `pending` until the platform's refund notice (or the local twin)
 * confirms it; asked again by the timer at next_attempt_at until then.
 */
export const refunds = pgTable(
  'refunds',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id),
    amount: integer('amount').notNull(),
    reason: text('reason').notNull().default(''),
    status: text('status', { enum: REFUND_STATES }).notNull().default('pending'),
    /** When the platform last accepted the request (accepted is not refunded). */
    requestedAt: at('requested_at'),
    attempts: integer('attempts').notNull().default(0),
    /** Why the last request failed, or the platform's refund status when it reported a failure. */
    lastError: text('last_error'),
    /** When the timer asks the platform (again); null once the refund is settled. */
    nextAttemptAt: at('next_attempt_at'),
    /** When the platform confirmed the refund or reported it failed. */
    settledAt: at('settled_at'),
    /** The last refund notice as it came. */
    notice: jsonb('notice').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('refunds_order_idx').on(t.orderId), index('refunds_due_idx').on(t.status, t.nextAttemptAt)],
)
