import { and, desc, eq } from 'drizzle-orm'
import { callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { addProduct } from '../../tests/support/fixtures'
import type { Database } from '../db/client'
import { products, stores } from '../db/schema'

/** A bare product on sale (no image, one SKU of 5 at ¥10.00) in the tea store unless told: its id. */
async function addTitled(database: Database, title: string, options: { hashtags?: string[]; storeId?: string } = {}) {
  return (await addProduct(database, options.storeId ?? 'tea', { title, images: [], hashtags: options.hashtags, skus: [{ price: 1000, stock: 5 }] })).productId
}

async function searchAll(database: Database, q: string, limit: number, between?: () => Promise<void>): Promise<string[]> {
  const titles: string[] = []
  let cursor: string | null = null
  do {
    const page: any = await callOk(database, 'catalog', 'search', { q, storeId: 'tea', limit, cursor })
    titles.push(...page.items.map((p: any) => p.title))
    cursor = page.nextCursor
    if (between) await between()
  } while (cursor)
  return titles
}

describe(`catalog.search (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
    await database.db.insert(stores).values({ id: 'tea', ownerOpenid: 'tea-owner', name: '茶铺' })
    await addTitled(database, '茶叶')
    await addTitled(database, '云南普洱茶叶礼盒')
    await addTitled(database, '茶具套装')
    await addTitled(database, '明前龙井 茶叶 250g')
    await addTitled(database, '叶子书签', { hashtags: ['茶叶'] })
    await addTitled(database, 'Green TEA 绿茶')
  })
  afterAll(() => database.close())

  it('finds the titles that contain a two-character Chinese word, and only those', async () => {
    const titles = await searchAll(database, '茶叶', 20)
    expect(titles.sort()).toEqual(['云南普洱茶叶礼盒', '叶子书签', '明前龙井 茶叶 250g', '茶叶'].sort())
    expect(await searchAll(database, '茶具', 20)).toEqual(['茶具套装'])
  })

  it('finds one character, and Latin letters in any case', async () => {
    expect((await searchAll(database, '茶', 20)).sort()).toEqual(['Green TEA 绿茶', '云南普洱茶叶礼盒', '明前龙井 茶叶 250g', '茶具套装', '茶叶'].sort())
    expect(await searchAll(database, 'green tea', 20)).toEqual(['Green TEA 绿茶'])
    expect(await searchAll(database, 'A', 20)).toEqual(['Green TEA 绿茶'])
  })

  it('ranks an exact title match first, before newer partial matches', async () => {
    const titles = await searchAll(database, '茶叶', 20)
    expect(titles[0]).toBe('茶叶')
  })

  it('pages across the exact matches and the rest without a gap or a duplicate while products are added and taken off sale', async () => {
    await database.db.insert(stores).values({ id: 'tea2', ownerOpenid: 'tea2-owner', name: '乌龙' })
    const partial: string[] = []
    for (let i = 0; i < 5; i++) {
      await addTitled(database, '乌龙', { storeId: 'tea2' })
      partial.push(await addTitled(database, `乌龙 ${i}`, { storeId: 'tea2' }))
    }
    const taken = partial[1]
    for (const limit of [1, 3, 7]) {
      await database.db.update(products).set({ status: 'on_sale' }).where(eq(products.id, taken))
      // Exact titles first, then the rest, each newest first: computed here apart from search.
      const onSale = await database.db.select().from(products).where(and(eq(products.storeId, 'tea2'), eq(products.status, 'on_sale'))).orderBy(desc(products.seq))
      const expected = [...onSale.filter((p) => p.title === '乌龙'), ...onSale.filter((p) => p.title !== '乌龙')].map((p) => p.id)
      const seen: string[] = []
      let cursor: string | null = null
      let pages = 0
      do {
        const page: any = await callOk(database, 'catalog', 'search', { q: '乌龙', storeId: 'tea2', limit, cursor })
        seen.push(...page.items.map((p: any) => p.id))
        cursor = page.nextCursor
        // New products, exact and partial, belong to the top, never to a later page; one taken
        // off sale mid-way is simply gone.
        await addTitled(database, '乌龙', { storeId: 'tea2' })
        await addTitled(database, '乌龙新品', { storeId: 'tea2' })
        if (++pages === 2) await database.db.update(products).set({ status: 'off_shelf' }).where(eq(products.id, taken))
      } while (cursor)
      expect(seen).toEqual(seen.includes(taken) ? expected : expected.filter((id) => id !== taken))
      expect(new Set(seen).size).toBe(seen.length)
    }
  }, 60_000)

  it('treats LIKE wildcards in the words literally', async () => {
    await addTitled(database, '100% 纯茶')
    expect(await searchAll(database, '0%', 20)).toEqual(['100% 纯茶'])
    expect(await searchAll(database, '_', 20)).toEqual([])
  })
})
