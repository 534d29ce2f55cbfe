import type { Store } from '../../src/domain/catalog'
import type { stores } from '../db/schema'

/**
 * A store row as the wire's Store. `logoRisky`: a media check ruled the logo risky, so it is
 * left out (for everyone but the owner, whose views flag it instead).
 */
export function toStore(row: typeof stores.$inferSelect, logoRisky = false): Store {
  return { id: row.id, name: row.name, intro: row.intro, logo: logoRisky ? '' : row.logo, hashtags: row.hashtags }
}
