// Coupons a store issues and the copies shoppers hold. A shopper's copy snapshots the terms when
// claimed, so a later edit of the coupon never changes what was promised.
import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text } from 'drizzle-orm/pg-core'
import { COUPON_AUDIENCES, COUPON_KINDS, COUPON_STATUSES } from '../../../src/domain/coupon'
import { stores } from './catalog'
import { at, createdAt, seq, updatedAt } from './columns'

export const coupons = pgTable(
  'coupons',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    title: text('title').notNull(),
    kind: text('kind', { enum: COUPON_KINDS }).notNull(),
    amountOff: integer('amount_off'),
    percentOff: integer('percent_off'),
    minSpend: integer('min_spend').notNull().default(0),
    totalQuantity: integer('total_quantity').notNull(),
    perPersonLimit: integer('per_person_limit').notNull(),
    startAt: at('start_at').notNull(),
    endAt: at('end_at').notNull(),
    audience: text('audience', { enum: COUPON_AUDIENCES }).notNull().default('all'),
    productIds: text('product_ids').array().notNull().default(sql`'{}'::text[]`),
    status: text('status', { enum: COUPON_STATUSES }).notNull().default('active'),
    /** Copies handed out (claimed or granted); raised only by the guarded update of a claim. */
    claimed: integer('claimed').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('coupons_store_seq_idx').on(t.storeId, t.seq.desc().nullsFirst()),
    check('coupons_claimed_within_quantity', sql`${t.claimed} >= 0 and ${t.claimed} <= ${t.totalQuantity}`),
  ],
)

export const userCoupons = pgTable(
  'user_coupons',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    couponId: text('coupon_id')
      .notNull()
      .references(() => coupons.id),
    storeId: text('store_id').notNull(),
    openid: text('openid').notNull(),
    title: text('title').notNull(),
    kind: text('kind', { enum: COUPON_KINDS }).notNull(),
    amountOff: integer('amount_off'),
    percentOff: integer('percent_off'),
    minSpend: integer('min_spend').notNull(),
    productIds: text('product_ids').array().notNull().default(sql`'{}'::text[]`),
    validFrom: at('valid_from').notNull(),
    validTo: at('valid_to').notNull(),
    /** 'expired' is derived from validTo, never stored. */
    status: text('status', { enum: ['unused', 'used'] }).notNull().default('unused'),
    /** The order that used it; cleared when that order is cancelled or expires unpaid. */
    orderId: text('order_id'),
    usedAt: at('used_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('user_coupons_owner_idx').on(t.openid, t.storeId, t.seq.desc().nullsFirst()),
    index('user_coupons_coupon_owner_idx').on(t.couponId, t.openid),
  ],
)
