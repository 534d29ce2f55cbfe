// A store's categories (分类) and which products are in them; a product may be in several.
import { bigint, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { createdAt, seq, updatedAt } from './columns'
import { products, stores } from './catalog'

export const categories = pgTable(
  'categories',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    name: text('name').notNull(),
    /** 0, 1, 2 … in the order the merchant saved them. */
    position: integer('position').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('categories_store_position_idx').on(t.storeId, t.position)],
)

export const productCategories = pgTable(
  'product_categories',
  {
    categoryId: text('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    /** The product's position in the merchant's list for this category (its checkboxes' order). */
    position: integer('position').notNull().default(0),
    /**
     * The product's seq, copied in by the database on every insert (trigger of migration
     * category_product_seq; a product's seq never changes), so a category page is one walk of
     * the (category, product_seq) index instead of the store's whole newest-first index.
     */
    productSeq: bigint('product_seq', { mode: 'number' }),
  },
  (t) => [
    primaryKey({ columns: [t.categoryId, t.productId] }),
    index('product_categories_product_idx').on(t.productId),
    index('product_categories_category_seq_idx').on(t.categoryId, t.productSeq.desc().nullsFirst(), t.productId),
  ],
)
