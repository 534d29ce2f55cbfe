// The merchant's alerts: what each store wants to hear about, the in-app list, and how many
// one-shot subscribe messages each recipient has granted (one per tap, used up by sending).
import { boolean, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { at, createdAt, seq, updatedAt } from './columns'

export const alertSettings = pgTable('alert_settings', {
  storeId: text('store_id').primaryKey(),
  newOrder: boolean('new_order').notNull().default(true),
  refundRequested: boolean('refund_requested').notNull().default(true),
  newMessage: boolean('new_message').notNull().default(true),
  /** Alert when a SKU's stock falls to this many units or fewer; 0 = off. */
  lowStock: integer('low_stock').notNull().default(0),
  updatedAt: updatedAt(),
})

/** One row per alert and store; the dedupe key makes a repeated event (a retried callback) alert once. */
export const notifications = pgTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    storeId: text('store_id').notNull(),
    kind: text('kind', { enum: ['new_order', 'low_stock', 'refund_requested', 'new_message'] }).notNull(),
    orderId: text('order_id'),
    skuId: text('sku_id'),
    text: text('text').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    readAt: at('read_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('notifications_dedupe_idx').on(t.dedupeKey), index('notifications_store_seq_idx').on(t.storeId, t.seq.desc().nullsFirst())],
)

/** Subscribe-message grants left, per store, recipient and alert kind (each tap grants one). */
export const alertGrants = pgTable(
  'alert_grants',
  {
    storeId: text('store_id').notNull(),
    openid: text('openid').notNull(),
    kind: text('kind').notNull(),
    remaining: integer('remaining').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.storeId, t.openid, t.kind] })],
)
