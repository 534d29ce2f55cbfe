import type { Store } from '../../src/domain/catalog'
import type { stores } from '../db/schema'

/** A store row as the wire's Store. */
export function toStore(row: typeof stores.$inferSelect): Store {
  return { id: row.id, name: row.name, intro: row.intro, logo: row.logo, hashtags: row.hashtags }
}
