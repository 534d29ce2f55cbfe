// A category's page is read from the category's links in the order of their copy of the
// product's seq (product_categories.product_seq, kept by a trigger): whoever writes a link, the
// copy must equal the product's seq, or pages would come out of order or skip products.
import { eq, sql } from 'drizzle-orm'
import { addProduct, openStore } from '../../tests/support/fixtures'
import { callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { rowsOf } from '../db/rows'
import { categories, productCategories, products } from '../db/schema'
import { seedDemoStore } from '../seed/demo-store'

const OWNER = 'category-page-owner'

describe(`a category's page, newest first from its own links (${DATABASE_KIND})`, () => {
  let database: Database
  let storeId: string

  beforeAll(async () => {
    database = await openTestDatabase()
    storeId = (await openStore(database, { ownerOpenid: OWNER })).storeId
  })
  afterAll(() => database.close())

  /** Links whose product_seq is not their product's seq. */
  const strayLinks = async () =>
    rowsOf<{ product_id: string }>(
      await database.db.execute(sql`
        select pc.product_id from product_categories pc join products p on p.id = pc.product_id
        where pc.product_seq is distinct from p.seq`),
    )

  it('every writer leaves each link with its product’s seq: the demo seed, saveCategories, a plain insert (even one naming another seq), a link moved to another product', async () => {
    await seedDemoStore(database.db)
    const made: Array<{ productId: string; skuId: string }> = []
    for (let i = 0; i < 4; i++) made.push(await addProduct(database, storeId, { title: `商品${i}` }))
    const saved = await callOk(
      database,
      'merchant',
      'saveCategories',
      { storeId, categories: [{ name: '全部', productIds: made.map((p) => p.productId).reverse() }] },
      { openid: OWNER },
    )
    const other = 'category-page-other'
    await database.db.insert(categories).values({ id: other, storeId, name: '其他', position: 1 })
    await database.db.insert(productCategories).values({ categoryId: other, productId: made[0].productId, productSeq: 1 })
    await database.db.update(productCategories).set({ productId: made[1].productId }).where(eq(productCategories.categoryId, other))
    const links = await database.db.select().from(productCategories)
    expect(links.length).toBeGreaterThan(made.length + 1)
    expect(links.every((link) => link.productSeq !== null)).toBe(true)
    expect(await strayLinks()).toEqual([])
    expect(saved.items[0].productIds).toHaveLength(4)
  })

  it('pages newest product first whatever order the links were made in, skipping products off sale, without gaps or repeats', async () => {
    const made: Array<{ productId: string; skuId: string }> = []
    for (let i = 0; i < 7; i++) made.push(await addProduct(database, storeId, { title: `分页${i}` }))
    // Linked oldest-last and in two saves, so link order is not product order.
    const categoryId = 'category-page-paging'
    await database.db.insert(categories).values({ id: categoryId, storeId, name: '分页', position: 2 })
    for (const index of [3, 6, 0, 5, 1, 4, 2]) await database.db.insert(productCategories).values({ categoryId, productId: made[index].productId })
    await database.db.update(products).set({ status: 'off_shelf' }).where(eq(products.id, made[4].productId))

    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page: { items: Array<{ id: string }>; nextCursor: string | null } = await callOk(database, 'catalog', 'listProducts', { categoryId, limit: 2, cursor })
      seen.push(...page.items.map((item) => item.id))
      cursor = page.nextCursor
      pages++
    } while (cursor)
    expect(seen).toEqual([6, 5, 3, 2, 1, 0].map((index) => made[index].productId))
    expect(pages).toBe(3)
    // With the store's id alongside, the same list.
    expect((await callOk(database, 'catalog', 'listProducts', { storeId, categoryId, limit: 20 })).items.map((p) => p.id)).toEqual(seen)
  })
})
