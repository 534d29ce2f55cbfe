// The database schema. Migrations in ./migrations are generated from it offline
// (`npm run db:generate`) and applied when the cloud starts.
import { sql } from 'drizzle-orm'
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow()
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow()
/** Insertion order: newest-first lists page on it, so rows added meanwhile never shift a page. */
const seq = () => bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity()

export const stores = pgTable(
  'stores',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    ownerOpenid: text('owner_openid').notNull(),
    name: text('name').notNull(),
    intro: text('intro').notNull().default(''),
    logo: text('logo').notNull().default(''),
    hashtags: text('hashtags').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('stores_owner_idx').on(t.ownerOpenid)],
)

export const products = pgTable(
  'products',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    images: text('images').array().notNull().default(sql`'{}'::text[]`),
    hashtags: text('hashtags').array().notNull().default(sql`'{}'::text[]`),
    status: text('status', { enum: ['draft', 'on_sale', 'off_shelf'] }).notNull().default('draft'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('products_status_seq_idx').on(t.status, t.seq.desc()),
    index('products_store_status_seq_idx').on(t.storeId, t.status, t.seq.desc()),
    index('products_hashtags_idx').using('gin', t.hashtags),
  ],
)

export const skus = pgTable(
  'skus',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    position: integer('position').notNull().default(0),
    specs: jsonb('specs').$type<Record<string, string>>().notNull().default({}),
    price: integer('price').notNull(),
    stock: integer('stock').notNull(),
  },
  (t) => [
    index('skus_product_idx').on(t.productId, t.position),
    check('skus_stock_nonnegative', sql`${t.stock} >= 0`),
    check('skus_price_nonnegative', sql`${t.price} >= 0`),
  ],
)
