// 接龙: a merchant's group sale of existing SKUs, and the entries shoppers make by joining it.
// An entry is an order (orders/order_items hold the money, stock and lifecycle); the entry row
// adds the 接龙, the pickup point and the number, given when the payment arrives.
import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import type { PickupPoint } from '../../../src/domain/jielong'
import { stores } from './catalog'
import { at, createdAt, seq, updatedAt } from './columns'

export const jielongs = pgTable(
  'jielongs',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    title: text('title').notNull(),
    intro: text('intro').notNull().default(''),
    /** The SKUs on offer, in the merchant's order, with the optional per-person limit. */
    items: jsonb('items').$type<Array<{ skuId: string; limitPerPerson: number | null }>>().notNull(),
    endAt: at('end_at').notNull(),
    closedAt: at('closed_at'),
    delivery: text('delivery', { enum: ['pickup', 'express', 'both'] }).notNull(),
    pickupPoints: jsonb('pickup_points').$type<PickupPoint[]>().notNull().default([]),
    /**
     * The last number given. Raised by one in the transaction that records a payment
     * (update … returning), so numbers follow payments without gaps or repeats.
     */
    lastNo: integer('last_no').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('jielongs_store_seq_idx').on(t.storeId, t.seq.desc().nullsFirst()), check('jielongs_last_no_nonnegative', sql`${t.lastNo} >= 0`)],
)

export const jielongEntries = pgTable(
  'jielong_entries',
  {
    orderId: text('order_id').primaryKey(),
    jielongId: text('jielong_id')
      .notNull()
      .references(() => jielongs.id),
    buyerOpenid: text('buyer_openid').notNull(),
    /** The name the entry is listed under (masked in public): the address's userName, else the nickname. */
    buyerName: text('buyer_name').notNull(),
    /** null: express to the order's address. */
    pickupPointId: text('pickup_point_id'),
    /** null until paid; an entry whose order expired unpaid never gets one. */
    no: integer('no'),
    paidAt: at('paid_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('jielong_entries_no_idx').on(t.jielongId, t.no),
    index('jielong_entries_buyer_idx').on(t.jielongId, t.buyerOpenid),
  ],
)
