// A store's shipping rules as the wire's ShippingRules: its saved row, or the defaults when it
// never saved any; the pickup address is the store's own.
import { eq } from 'drizzle-orm'
import { defaultShippingRules, type ShippingRules } from '../../src/domain/shipping'
import type { Db, Tx } from '../db/client'
import { shippingRules } from '../db/schema'

export type ShippingRulesRow = typeof shippingRules.$inferSelect

export function toShippingRules(row: Pick<ShippingRulesRow, 'baseFee' | 'freeOver' | 'regions' | 'pickupEnabled' | 'pickupHours'> | null, pickupAddress: string): ShippingRules {
  if (!row) return defaultShippingRules(pickupAddress)
  return {
    baseFee: row.baseFee,
    freeOver: row.freeOver,
    // jsonb keeps keys in its own order: answer in the wire's.
    regions: row.regions.map(({ provinces, fee }) => ({ provinces, fee })),
    pickup: { enabled: row.pickupEnabled, address: pickupAddress, hours: row.pickupHours },
  }
}

export async function loadShippingRules(db: Db | Tx, storeId: string, pickupAddress: string): Promise<ShippingRules> {
  const [row] = await db.select().from(shippingRules).where(eq(shippingRules.storeId, storeId)).limit(1)
  return toShippingRules(row ?? null, pickupAddress)
}
