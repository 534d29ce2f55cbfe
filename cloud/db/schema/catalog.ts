// Stores, products and their SKUs.
import { sql } from 'drizzle-orm'
import { check, index, integer, json, pgTable, text } from 'drizzle-orm/pg-core'
import { createdAt, seq, updatedAt } from './columns'

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
    category: text('category').notNull().default(''),
    /** Where 到店自提 orders are collected; empty when the store offers no pickup. */
    pickupAddress: text('pickup_address').notNull().default(''),
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
    /** Bumped by every save of the product by its merchant (not by sales): a save of an older version is CONFLICT. */
    version: integer('version').notNull().default(1),
    /** Characters and character pairs of the lowercased title, kept by the database (migration catalog_search_tokens): search's index. */
    searchTokens: text('search_tokens')
      .array()
      .notNull()
      .generatedAlwaysAs(sql`catalog_title_tokens(title)`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('products_status_seq_idx').on(t.status, t.seq.desc().nullsFirst()),
    index('products_store_status_seq_idx').on(t.storeId, t.status, t.seq.desc().nullsFirst()),
    index('products_hashtags_idx').using('gin', t.hashtags),
    index('products_search_tokens_idx').using('gin', t.searchTokens),
    // Exact title matches come first in search.
    index('products_title_lower_idx').on(sql`lower(${t.title})`, t.seq.desc().nullsFirst()),
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
    // json, not jsonb: jsonb reorders keys, and 颜色 must stay before 尺码.
    specs: json('specs').$type<Record<string, string>>().notNull().default({}),
    price: integer('price').notNull(),
    stock: integer('stock').notNull(),
  },
  (t) => [
    index('skus_product_idx').on(t.productId, t.position),
    check('skus_stock_nonnegative', sql`${t.stock} >= 0`),
    check('skus_price_nonnegative', sql`${t.price} >= 0`),
  ],
)
