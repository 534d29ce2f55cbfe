// What the fuzz suites share: every registered action, a per-action seed, and real ids from the
// demo store so generated calls reach real rows.
import { registry } from '../../cloud/functions'
import type { Database } from '../../cloud/db/client'
import { categories, coupons, jielongs, liveRooms, posts, products, skus, stores, userCoupons } from '../../cloud/db/schema'
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
  // The demo store's seeded live room and posts, so room and post actions reach real rows.
  for (const row of await database.db.select({ id: liveRooms.id }).from(liveRooms).limit(perKind)) ids.push(row.id)
  for (const row of await database.db.select({ id: posts.id }).from(posts).limit(perKind)) ids.push(row.id)
  ids.push(...(await seedCoupon(database, ids[0])))
  return ids
}

/** A live coupon of the first store and a copy held by the fuzz shopper, so claims and orders reach real coupon rows. */
async function seedCoupon(database: Database, storeId: string): Promise<string[]> {
  const couponId = 'fuzzCoupon1'
  const userCouponId = 'fuzzUserCoupon1'
  const now = Date.now()
  const terms = { title: '满10减1', kind: 'amount' as const, amountOff: 100, minSpend: 1000, productIds: [] }
  await database.db
    .insert(coupons)
    .values({ id: couponId, storeId, ...terms, totalQuantity: 1000, perPersonLimit: 50, claimed: 1, startAt: new Date(now - 3_600_000), endAt: new Date(now + 30 * 86_400_000) })
    .onConflictDoNothing()
  await database.db
    .insert(userCoupons)
    .values({ id: userCouponId, couponId, storeId, openid: 'shopper-fuzz', ...terms, validFrom: new Date(now - 3_600_000), validTo: new Date(now + 30 * 86_400_000) })
    .onConflictDoNothing()
  return [couponId, userCouponId]
}

/**
 * Strings of shapes a random word never has, for the fields whose schemas ask for them (see
 * arbitrary.ts): times around now, phone numbers, codes and upload references of the right form.
 */
export function fuzzSamples(now = Date.now()): string[] {
  const hours = [-48, -24, 2, 24, 48, 24 * 7]
  return [
    ...hours.map((h) => new Date(now + h * 3_600_000).toISOString()),
    '13800138000',
    // A region the address book knows.
    '浙江省',
    '杭州市',
    '西湖区',
    '0571-88886666',
    // A hand-off code and a staff invitation code, well-formed and unknown.
    'AbCdEf123456',
    'ABCDEFGH23',
    // Upload references of the local store and of WeChat's cloud storage, to files never uploaded.
    '/files/uploads/2026-01/AAAAAAAAAAAAAAAA.csv',
    '/files/uploads/2026-01/BBBBBBBBBBBBBBBB.xlsx',
    'cloud://env-fuzz.656e/uploads/sheet.xlsx',
    // A stream address (never fetched) and a carrier code.
    'https://live.example.invalid/room.flv',
    'SF',
  ]
}
