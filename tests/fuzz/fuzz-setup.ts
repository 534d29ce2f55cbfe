// What the fuzz suites share: every registered action, a per-action seed, and real ids from the
// demo store so generated calls reach real rows.
import { registry } from '../../cloud/functions'
import type { Database } from '../../cloud/db/client'
import { categories, jielongs, products, skus, stores } from '../../cloud/db/schema'
import { seedDemoStore } from '../../cloud/seed/demo-store'

export const registeredActions = Object.entries(registry).flatMap(([fn, table]) =>
  Object.entries(table ?? {}).map(([action, operation]) => ({ fn, action, operation })),
)

/** A seed for one action's cases: the run's seed mixed with the action's name. */
export function seedFor(name: string, seed = 0): number {
  return seed ^ [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7)
}

/** Seeds the demo store and returns ids of its store, products, SKUs and categories. */
export async function seedDemoIds(database: Database, perKind = 5): Promise<string[]> {
  await seedDemoStore(database.db)
  const ids: string[] = []
  for (const row of await database.db.select({ id: stores.id }).from(stores)) ids.push(row.id)
  for (const row of await database.db.select({ id: products.id }).from(products).limit(perKind)) ids.push(row.id)
  for (const row of await database.db.select({ id: skus.id }).from(skus).limit(perKind)) ids.push(row.id)
  for (const row of await database.db.select({ id: categories.id }).from(categories).limit(perKind)) ids.push(row.id)
  // An open 接龙 of the demo store over those SKUs, with a pickup point, so joins reach real rows.
  const [store] = await database.db.select({ id: stores.id }).from(stores).limit(1)
  const items = ids.slice(-perKind).map((skuId) => ({ skuId, limitPerPerson: 2 }))
  const pickupPoints = [{ id: 'fuzzpoint', name: '东门', address: '幸福小区东门' }]
  await database.db.insert(jielongs).values({ id: 'fuzzjielong', storeId: store.id, title: '模糊测试接龙', items, endAt: new Date(Date.now() + 86_400_000), delivery: 'both', pickupPoints })
  ids.push('fuzzjielong', 'fuzzpoint')
  return ids
}
