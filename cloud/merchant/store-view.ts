import type { OwnedStore } from '../../src/domain/store-profile'
import type { StoreRow } from './own-store'

/** The store as its owner sees it: the public fields plus category and pickup address. */
export function toOwnedStore(row: StoreRow): OwnedStore {
  return {
    id: row.id,
    name: row.name,
    intro: row.intro,
    logo: row.logo,
    hashtags: row.hashtags,
    category: row.category,
    pickupAddress: row.pickupAddress,
    createdAt: row.createdAt.toISOString(),
  }
}
