import { eq } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { addProduct } from '../../tests/support/fixtures'
import type { Database } from '../db/client'
import { products, stores } from '../db/schema'
import { DEMO_MERCHANT_OPENID, DEMO_PRODUCTS, DEMO_STORE_ID, seedDemoStore } from '../seed/demo-store'

/** A bare product (no image, one SKU of 5 at ¥10.00): its id. */
async function addTitled(database: Database, storeId: string, title: string, options: { status?: 'draft' | 'on_sale' | 'off_shelf'; hashtags?: string[] } = {}) {
  return (await addProduct(database, storeId, { title, images: [], skus: [{ price: 1000, stock: 5 }], ...options })).productId
}

describe(`catalog (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
    await seedDemoStore(database.db)
    await database.db.insert(stores).values({ id: 'other', ownerOpenid: 'other-owner', name: '隔壁小铺', hashtags: ['ootd'] })
  })
  afterAll(() => database.close())

  it('seeds the demo store once, with every product on sale and a sold-out SKU', async () => {
    expect(await seedDemoStore(database.db)).toBe(false)
    const page = await callOk(database, 'catalog', 'listProducts', { storeId: DEMO_STORE_ID, limit: 50 })
    expect(page.items).toHaveLength(DEMO_PRODUCTS.length)
    expect(page.nextCursor).toBeNull()
    const dress = page.items.find((p: any) => p.title === '夏季碎花连衣裙')
    expect(dress?.skus.some((sku: any) => sku.stock === 0)).toBe(true)
    expect(dress?.brandHashtags).toEqual(['小店好物', '手作'])
    // Specs keep the order the merchant entered them in (颜色 before 尺码).
    expect(Object.keys(dress?.skus[0].specs ?? {})).toEqual(['颜色', '尺码'])
  })

  it('getStore answers the store and NOT_FOUND for an unknown id', async () => {
    expect(await callOk(database, 'catalog', 'getStore', { storeId: DEMO_STORE_ID })).toMatchObject({
      id: DEMO_STORE_ID,
      name: '山野小店',
      hashtags: ['小店好物', '手作'],
    })
    const missing = await call(database, 'catalog', 'getStore', { storeId: 'nope' })
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('pages newest first with no duplicates or gaps while products are being added', async () => {
    const storeId = 'paging'
    await database.db.insert(stores).values({ id: storeId, ownerOpenid: 'pager', name: '分页店' })
    const initial: string[] = []
    for (let i = 0; i < 7; i++) initial.push(await addTitled(database, storeId, `商品 ${i}`))
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: any = await callOk(database, 'catalog', 'listProducts', { storeId, limit: 3, cursor })
      seen.push(...page.items.map((p: any) => p.id))
      cursor = page.nextCursor
      // A product added mid-way belongs to the top of the list, not to a later page.
      await addTitled(database, storeId, '新上架')
    } while (cursor)
    expect(seen).toEqual([...initial].reverse())
  })

  it('lists all stores without storeId, and only what is on sale', async () => {
    const draft = await addTitled(database, 'other', '草稿商品', { status: 'draft' })
    const offShelf = await addTitled(database, 'other', '下架商品', { status: 'off_shelf' })
    const onSale = await addTitled(database, 'other', '隔壁新品')
    const page = await callOk(database, 'catalog', 'listProducts', { limit: 50 })
    const ids = page.items.map((p: any) => p.id)
    expect(ids).toContain(onSale)
    expect(ids).not.toContain(draft)
    expect(ids).not.toContain(offShelf)
    expect(new Set(page.items.map((p: any) => p.storeId)).size).toBeGreaterThan(1)
    expect(page.items.every((p: any) => p.status === 'on_sale')).toBe(true)
  })

  it('hides drafts and off-shelf products from shoppers but shows them to their owner', async () => {
    const draft = await addTitled(database, DEMO_STORE_ID, '未发布', { status: 'draft' })
    for (const openid of [undefined, 'shopper-a', 'other-owner']) {
      const answer = await call(database, 'catalog', 'getProduct', { productId: draft }, { openid })
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    const owner = await callOk(database, 'catalog', 'getProduct', { productId: draft }, { openid: DEMO_MERCHANT_OPENID })
    expect(owner).toMatchObject({ id: draft, status: 'draft' })
    await database.db.update(products).set({ status: 'off_shelf' }).where(eq(products.id, draft))
    const off = await call(database, 'catalog', 'getProduct', { productId: draft })
    expect(off.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('finds a topic however the hashtag is written, within a store and across stores', async () => {
    for (const spelling of ['#OOTD', 'ootd', '＃ＯＯＴＤ', ' #ootd ']) {
      const page = await callOk(database, 'catalog', 'listTopic', { hashtag: spelling, limit: 50 })
      expect(page.items.length).toBeGreaterThan(0)
      expect(page.items.every((p: any) => p.hashtags.includes('ootd'))).toBe(true)
    }
    const tagged = await addTitled(database, 'other', '隔壁 OOTD', { hashtags: ['ootd'] })
    const everywhere = await callOk(database, 'catalog', 'listTopic', { hashtag: 'ootd', limit: 50 })
    expect(everywhere.items.map((p: any) => p.id)).toContain(tagged)
    const inStore = await callOk(database, 'catalog', 'listTopic', { hashtag: 'ootd', storeId: DEMO_STORE_ID, limit: 50 })
    expect(inStore.items.map((p: any) => p.id)).not.toContain(tagged)
    expect(inStore.items.every((p: any) => p.storeId === DEMO_STORE_ID)).toBe(true)
  })

  it('names the stores whose brand hashtags match on the first page of a topic', async () => {
    const first = await callOk(database, 'catalog', 'listTopic', { hashtag: '#手作' })
    expect(first.stores?.map((s: any) => s.id)).toContain(DEMO_STORE_ID)
    const other = await callOk(database, 'catalog', 'listTopic', { hashtag: 'ootd' })
    expect(other.stores?.map((s: any) => s.id)).toEqual(['other'])
    const inStore = await callOk(database, 'catalog', 'listTopic', { hashtag: '手作', storeId: DEMO_STORE_ID })
    expect(inStore.stores).toBeUndefined()
  })

  it('lists the most used hashtags of on-sale products, per store or overall', async () => {
    const demo = await callOk(database, 'catalog', 'listHashtags', { storeId: DEMO_STORE_ID, limit: 3 })
    // In the demo seed: ootd ×4, 礼物 ×4, 家居 ×3 …; ties break by name.
    expect(demo.items).toHaveLength(3)
    expect(demo.items[0]).toEqual({ hashtag: 'ootd', count: 4 })
    const counts = demo.items.map((i: any) => i.count)
    expect([...counts].sort((a: number, b: number) => b - a)).toEqual(counts)
    const draftOnly = await addTitled(database, DEMO_STORE_ID, '草稿话题', { status: 'draft', hashtags: ['只在草稿里'] })
    const all = await callOk(database, 'catalog', 'listHashtags', { limit: 50 })
    expect(all.items.map((i: any) => i.hashtag)).not.toContain('只在草稿里')
    expect(draftOnly).toBeTruthy()
  })

  it('searches Chinese titles by a part of them and treats wildcards literally', async () => {
    const found = await callOk(database, 'catalog', 'search', { q: '连衣裙' })
    expect(found.items.map((p: any) => p.title)).toContain('夏季碎花连衣裙')
    const byTag = await callOk(database, 'catalog', 'search', { q: '#云南好物', storeId: DEMO_STORE_ID })
    expect(byTag.items.length).toBe(2)
    for (const q of ['%', '_', 'zzzz不存在的东西']) {
      const none = await callOk(database, 'catalog', 'search', { q })
      expect(none.items).toEqual([])
    }
  })

  it.each([
    ['listProducts', { limit: -1 }],
    ['listProducts', { limit: 1000 }],
    ['listProducts', { limit: 2.5 }],
    ['listProducts', { storeId: 42 }],
    ['listProducts', { storeId: 'x'.repeat(10_000) }],
    ['listProducts', { cursor: 'not a cursor!' }],
    ['listProducts', { hashtag: '#' }],
    ['listProducts', { extra: true }],
    ['getProduct', {}],
    ['getProduct', { productId: "x' or 1=1 --" }],
    ['getStore', { storeId: ['demo'] }],
    ['search', { q: '' }],
    ['search', { q: 'x'.repeat(51) }],
    ['listTopic', { hashtag: 'a'.repeat(21) }],
  ])('refuses bad input to %s (case %#) with VALIDATION_FAILED', async (action, data) => {
    const answer = await call(database, 'catalog', action, data)
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  })
})
