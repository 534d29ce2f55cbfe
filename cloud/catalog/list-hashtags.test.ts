// The home page's hashtag chips are counted at most once a minute per store (and once for all
// stores): a page view in between is served the last count, without reading the products.
import type { RequestOf } from '../../src/services/contract'
import { callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { newId } from '../db/ids'
import { products } from '../db/schema'
import { DEMO_STORE_ID, seedDemoStore } from '../seed/demo-store'
import { HASHTAG_CACHE_MS } from './hashtag-cache'

describe(`catalog.listHashtags memory (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
    await seedDemoStore(database.db)
  })
  afterAll(() => database.close())

  const chips = async (at: number, data: RequestOf<'catalog', 'listHashtags'>) =>
    (await callOk(database, 'catalog', 'listHashtags', data, { now: () => new Date(at) })).items as Array<{ hashtag: string; count: number }>

  it('serves the last count for a minute, then counts again, per store and limit', async () => {
    const start = Date.UTC(2026, 11, 7, 12)
    const before = await chips(start, { storeId: DEMO_STORE_ID })
    const allBefore = await chips(start, {})
    expect(before.map((c) => c.hashtag)).not.toContain('新话题')
    // Five products with a new hashtag: it would lead the chips if counted now.
    await database.db
      .insert(products)
      .values(Array.from({ length: 5 }, (_, i) => ({ id: newId(), storeId: DEMO_STORE_ID, title: `新话题商品 ${i}`, status: 'on_sale' as const, hashtags: ['新话题'] })))

    expect(await chips(start + HASHTAG_CACHE_MS - 1_000, { storeId: DEMO_STORE_ID })).toEqual(before)
    expect(await chips(start + HASHTAG_CACHE_MS - 1_000, {})).toEqual(allBefore)
    // Another limit is another answer, counted now.
    expect((await chips(start + 1_000, { storeId: DEMO_STORE_ID, limit: 3 }))[0]).toEqual({ hashtag: '新话题', count: 5 })

    const after = await chips(start + HASHTAG_CACHE_MS, { storeId: DEMO_STORE_ID })
    expect(after[0]).toEqual({ hashtag: '新话题', count: 5 })
    expect((await chips(start + HASHTAG_CACHE_MS, {}))[0]).toEqual({ hashtag: '新话题', count: 5 })
  })

  it('a clock that went back counts again rather than serving an answer from its future', async () => {
    const at = Date.UTC(2026, 11, 8, 12)
    await chips(at, { storeId: DEMO_STORE_ID, limit: 5 })
    await database.db.insert(products).values({ id: newId(), storeId: DEMO_STORE_ID, title: '回拨', status: 'on_sale', hashtags: ['新话题'] })
    expect((await chips(at - 1_000, { storeId: DEMO_STORE_ID, limit: 5 }))[0]).toEqual({ hashtag: '新话题', count: 6 })
  })
})
