// A store's shipping rules. No row: the defaults (src/domain/shipping.ts). The pickup address
// itself stays on the store (stores.pickup_address), where opening the store puts it.
import { sql } from 'drizzle-orm'
import { boolean, check, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import type { ShippingRegion } from '../../../src/domain/shipping'
import { updatedAt } from './columns'
import { stores } from './catalog'

export const shippingRules = pgTable(
  'shipping_rules',
  {
    storeId: text('store_id')
      .primaryKey()
      .references(() => stores.id),
    baseFee: integer('base_fee').notNull(),
    /** 0 = express is never free. */
    freeOver: integer('free_over').notNull(),
    regions: jsonb('regions').$type<ShippingRegion[]>().notNull().default([]),
    pickupEnabled: boolean('pickup_enabled').notNull(),
    pickupHours: text('pickup_hours').notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [check('shipping_rules_fees_nonnegative', sql`${t.baseFee} >= 0 and ${t.freeOver} >= 0`)],
)
