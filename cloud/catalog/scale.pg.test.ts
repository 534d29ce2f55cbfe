// The catalog at platform scale, on PostgreSQL: 100,000 products. Every catalog read is
// answered from an index (PostgreSQL's own plan of each statement it sends says so), and
// paging stays gap-free and duplicate-free while products are added and taken off sale.
// PostgreSQL pass only: seeding 100,000 rows into PGlite would double the suite's time.
import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import { callOkByName } from '../../tests/support/test-db'
import { planSuite, seqScannedTables } from '../../tests/support/explain'
import type { Database } from '../db/client'
import { newId } from '../db/ids'
import { categories, productCategories, products, skus } from '../db/schema'
import { BULK_STORE_ID, seedBulkStore } from '../seed/bulk-store'
import { seedDemoStore } from '../seed/demo-store'

jest.setTimeout(300_000)
const PRODUCTS = 100_000
const CATEGORY = 'scale-category'

describe('catalog at 100,000 products (PostgreSQL)', () => {
  const suite = planSuite('scale', async (owner) => {
    await seedDemoStore(owner.db)
    await seedBulkStore(owner.db, PRODUCTS)
    // A category of every 100th product, and posts across the platform.
    await owner.db.insert(categories).values({ id: CATEGORY, storeId: BULK_STORE_ID, name: '精选', position: 0 })
    await owner.db.execute(sql`insert into product_categories (category_id, product_id) select ${CATEGORY}, id from products where store_id = ${BULK_STORE_ID} and seq % 100 = 0`)
    await owner.db.execute(sql`
      insert into posts (id, store_id, kind, title, hashtags)
      select 'post' || n, ${BULK_STORE_ID}, 'article', '动态 ' || n, array[case when n % 10 = 0 then '上新' else '日常' end]
      from generate_series(1, 20000) as n`)
    await owner.db.execute(sql`analyze`)
  })

  const reads: Array<[string, string, string, Record<string, unknown>]> = [
    ['store page', 'catalog', 'listProducts', { storeId: BULK_STORE_ID }],
    ['all-stores feed', 'catalog', 'listProducts', {}],
    ['hashtag, all stores', 'catalog', 'listProducts', { hashtag: '礼物' }],
    ['hashtag, one store', 'catalog', 'listProducts', { storeId: BULK_STORE_ID, hashtag: '手作' }],
    ['rare hashtag', 'catalog', 'listProducts', { hashtag: '云南好物' }],
    ['category', 'catalog', 'listProducts', { categoryId: CATEGORY }],
    ['topic', 'catalog', 'listTopic', { hashtag: '特价' }],
    ['search, common word', 'catalog', 'search', { q: '好物' }],
    ['search, two Chinese characters, rare', 'catalog', 'search', { q: '碎花' }],
    ['search, exact title', 'catalog', 'search', { q: '好物 #77777' }],
    ['search, digits', 'catalog', 'search', { q: '4242' }],
    ['search, nothing', 'catalog', 'search', { q: '不存在的东西' }],
    ['search, one store', 'catalog', 'search', { q: '好物', storeId: BULK_STORE_ID }],
    ['product', 'catalog', 'getProduct', { productId: 'big050000' }],
    ['store', 'catalog', 'getStore', { storeId: BULK_STORE_ID }],
    ['categories', 'catalog', 'listCategories', { storeId: BULK_STORE_ID }],
    ['posts', 'post', 'list', {}],
    ['posts by hashtag', 'post', 'list', { hashtag: '上新' }],
    ['posts of a store', 'post', 'list', { storeId: BULK_STORE_ID }],
  ]

  it.each(reads)('%s: no statement reads products or posts by a sequential scan, on page 1 or deep', async (_what, fn, action, data) => {
    const { database, captured } = suite
    captured.length = 0
    const paged = ['listProducts', 'listTopic', 'search', 'list'].includes(action)
    const first = await callOkByName(database, fn, action, { ...data, ...(paged ? { limit: 20 } : {}) })
    if (first?.nextCursor) {
      // A page far down the list reads the same way.
      let cursor = first.nextCursor
      for (let i = 0; i < 3 && cursor; i++) cursor = (await callOkByName(database, fn, action, { ...data, limit: 20, cursor })).nextCursor
    }
    expect(captured.length).toBeGreaterThan(0)
    const scans: string[] = []
    for (const query of captured) {
      if (!/^\s*select/i.test(query.sql)) continue
      const { tables, plan } = await seqScannedTables(database.pool, query)
      if (tables.some((t) => t === 'products' || t === 'posts')) scans.push(`${query.sql}\n${JSON.stringify(plan)}`)
    }
    expect(scans).toEqual([])
  })

  it('pages a category and a search of the 100,000 gap-free and duplicate-free while products are added and taken off sale', async () => {
    const { database, owner } = suite
    const takeOff = async (ids: string[]) => {
      if (ids.length) await owner.db.update(products).set({ status: 'off_shelf' }).where(inArray(products.id, ids))
    }
    const addToCategory = async () => {
      const id = newId()
      await owner.db.insert(products).values({ id, storeId: BULK_STORE_ID, title: '好物 新上架', status: 'on_sale' })
      await owner.db.insert(skus).values({ id: newId(), productId: id, price: 100, stock: 1 })
      await owner.db.insert(productCategories).values({ categoryId: CATEGORY, productId: id })
    }
    const walks: Array<[string, string, Record<string, unknown>]> = [
      ['listProducts', 'category', { categoryId: CATEGORY }],
      ['search', 'search', { q: '#99', storeId: BULK_STORE_ID }],
    ]
    for (const [action, what, data] of walks) {
      const expected = await onSaleIds(owner, what)
      const removed = new Set<string>()
      const seen: string[] = []
      let cursor: string | null = null
      let page = 0
      do {
        const answer = await callOkByName(database, 'catalog', action, { ...data, limit: 50, cursor })
        seen.push(...answer.items.map((p: any) => p.id))
        cursor = answer.nextCursor
        await addToCategory()
        // Take off sale one product already served and one still ahead.
        if (++page % 3 === 0) {
          const ahead = expected.filter((id) => !seen.includes(id) && !removed.has(id))
          const off = [seen[seen.length - 1], ahead[Math.floor(ahead.length / 2)]].filter(Boolean)
          off.forEach((id) => removed.add(id))
          await takeOff(off)
        }
      } while (cursor)
      const wanted = expected.filter((id) => seen.includes(id) || !removed.has(id))
      expect(new Set(seen).size).toBe(seen.length)
      expect(seen).toEqual(wanted)
      expect(seen.length).toBeGreaterThan(900)
    }
  })
})

/** The ids each walk must serve, in order, worked out without the catalog's code. */
async function onSaleIds(database: Database, what: string): Promise<string[]> {
  if (what === 'category') {
    const rows = await database.db
      .select({ id: products.id })
      .from(products)
      .innerJoin(productCategories, eq(productCategories.productId, products.id))
      .where(and(eq(productCategories.categoryId, CATEGORY), eq(products.status, 'on_sale')))
      .orderBy(desc(products.seq))
    return rows.map((r) => r.id)
  }
  const rows = await database.db
    .select({ id: products.id, title: products.title })
    .from(products)
    .where(and(eq(products.storeId, BULK_STORE_ID), eq(products.status, 'on_sale'), sql`${products.title} like '%#99%'`))
    .orderBy(desc(products.seq))
  return rows.map((r) => r.id)
}
