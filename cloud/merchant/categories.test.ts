import { eq } from 'drizzle-orm'
import { addProduct, openStore } from '../../tests/support/fixtures'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { categories, productCategories } from '../db/schema'

const OWNER = 'cat-owner'
const OTHER = 'cat-other-owner'

describe(`categories: merchant.saveCategories, catalog.listCategories, listProducts by category (${DATABASE_KIND})`, () => {
  let database: Database
  let storeId: string
  let otherStoreId: string
  const save = (list: unknown[], openid = OWNER, store = storeId) =>
    call(database, 'merchant', 'saveCategories', { storeId: store, categories: list }, { openid })
  const saveOk = async (list: unknown[]) => {
    const answer = await save(list)
    if (!answer.body.ok) throw new Error(JSON.stringify(answer.body.error))
    return answer.body.data as { items: Array<{ id: string; name: string; productIds: string[] }> }
  }
  const listCategories = (store = storeId) => callOk(database, 'catalog', 'listCategories', { storeId: store })
  const snapshot = async (store: string) => ({
    categories: await database.db.select().from(categories).where(eq(categories.storeId, store)),
    links: await database.db.select().from(productCategories),
  })

  beforeAll(async () => {
    database = await openTestDatabase()
    storeId = (await openStore(database, { ownerOpenid: OWNER })).storeId
    otherStoreId = (await openStore(database, { ownerOpenid: OTHER })).storeId
  })
  afterAll(() => database.close())

  it('creates, renames, reorders, assigns (a product in several) and deletes', async () => {
    const a = await addProduct(database, storeId, { title: '杯子' })
    const b = await addProduct(database, storeId, { title: '茶壶' })
    const draft = await addProduct(database, storeId, { title: '草稿', status: 'draft' })

    const first = await saveOk([
      { name: '杯具', productIds: [a.productId, draft.productId] },
      { name: '茶具', productIds: [b.productId, a.productId] },
    ])
    expect(first.items.map((c) => [c.name, c.productIds])).toEqual([
      ['杯具', [a.productId, draft.productId]],
      ['茶具', [b.productId, a.productId]],
    ])
    const [cups, tea] = first.items
    // productCount counts on-sale products only.
    expect((await listCategories()).items).toEqual([
      { id: cups.id, name: '杯具', productCount: 1 },
      { id: tea.id, name: '茶具', productCount: 2 },
    ])

    // Rename and move tea up, add a third, assign differently.
    const second = await saveOk([
      { id: tea.id, name: '茶器', productIds: [b.productId] },
      { id: cups.id, name: '杯具', productIds: [a.productId] },
      { name: '新品', productIds: [] },
    ])
    expect(second.items.map((c) => [c.id, c.name, c.productIds])).toEqual([
      [tea.id, '茶器', [b.productId]],
      [cups.id, '杯具', [a.productId]],
      [second.items[2].id, '新品', []],
    ])
    expect((await listCategories()).items.map((c: { name: string }) => c.name)).toEqual(['茶器', '杯具', '新品'])

    // Absent from the list = deleted, with its links; the products themselves stay.
    const third = await saveOk([{ id: cups.id, name: '杯具', productIds: [a.productId, b.productId] }])
    expect(third.items).toEqual([{ id: cups.id, name: '杯具', productIds: [a.productId, b.productId] }])
    const links = await database.db.select().from(productCategories).where(eq(productCategories.categoryId, tea.id))
    expect(links).toEqual([])
    expect((await callOk(database, 'catalog', 'getProduct', { productId: b.productId })).id).toBe(b.productId)

    expect((await saveOk([])).items).toEqual([])
    expect((await listCategories()).items).toEqual([])
  })

  it("refuses another owner, another store's categories or products, and bad input, changing nothing", async () => {
    const mine = await addProduct(database, storeId)
    const theirs = await addProduct(database, otherStoreId)
    const [theirCategory] = (await callOk(database, 'merchant', 'saveCategories', { storeId: otherStoreId, categories: [{ name: '他家', productIds: [theirs.productId] }] }, { openid: OTHER })).items
    const [myCategory] = (await saveOk([{ name: '我的', productIds: [mine.productId] }])).items
    const before = { mine: await snapshot(storeId), theirs: await snapshot(otherStoreId) }

    const refusals: Array<[Promise<{ body: { ok: boolean; error?: { code: string } } }>, string]> = [
      [save([{ name: '抢', productIds: [] }], OWNER, otherStoreId), 'FORBIDDEN'],
      [save([{ name: '抢', productIds: [] }], 'stranger'), 'FORBIDDEN'],
      [save([{ name: '抢', productIds: [] }], OWNER, 'no-such-store'), 'NOT_FOUND'],
      [save([{ id: theirCategory.id, name: '抢', productIds: [] }]), 'NOT_FOUND'],
      [save([{ id: 'no-such-category', name: '抢', productIds: [] }]), 'NOT_FOUND'],
      [save([{ id: myCategory.id, name: '我的', productIds: [theirs.productId] }]), 'NOT_FOUND'],
      [save([{ name: '重复', productIds: [] }, { name: '重复', productIds: [] }]), 'VALIDATION_FAILED'],
      [save([{ id: myCategory.id, name: 'a', productIds: [] }, { id: myCategory.id, name: 'b', productIds: [] }]), 'VALIDATION_FAILED'],
      [save([{ name: '双', productIds: [mine.productId, mine.productId] }]), 'VALIDATION_FAILED'],
      [save([{ name: '', productIds: [] }]), 'VALIDATION_FAILED'],
      [save([{ name: '名\u0007字', productIds: [] }]), 'VALIDATION_FAILED'],
      [save([{ name: '一二三四五六七八九十一二三', productIds: [] }]), 'VALIDATION_FAILED'],
      [save(Array.from({ length: 51 }, (_, i) => ({ name: `c${i}`, productIds: [] }))), 'VALIDATION_FAILED'],
    ]
    for (const [answer, code] of refusals) expect((await answer).body).toMatchObject({ ok: false, error: { code } })
    expect(await snapshot(storeId)).toEqual(before.mine)
    expect(await snapshot(otherStoreId)).toEqual(before.theirs)
    await saveOk([])
  })

  it('listProducts by categoryId: only that category, on sale; unknown or another store is NOT_FOUND', async () => {
    const inIt = await addProduct(database, storeId, { title: '在分类' })
    const offShelf = await addProduct(database, storeId, { title: '已下架', status: 'off_shelf' })
    await addProduct(database, storeId, { title: '不在分类' })
    const [category] = (await saveOk([{ name: '精选', productIds: [inIt.productId, offShelf.productId] }])).items
    const page = await callOk(database, 'catalog', 'listProducts', { storeId, categoryId: category.id })
    expect(page.items.map((p: { id: string }) => p.id)).toEqual([inIt.productId])
    // Without storeId the category names its store.
    expect((await callOk(database, 'catalog', 'listProducts', { categoryId: category.id })).items).toHaveLength(1)
    for (const data of [
      { storeId: otherStoreId, categoryId: category.id },
      { storeId, categoryId: 'no-such-category' },
    ]) {
      expect((await call(database, 'catalog', 'listProducts', data)).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    expect((await call(database, 'catalog', 'listCategories', { storeId: 'no-such-store' })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await saveOk([])
  })

  it('pages a category without gaps or repeats while products are added to it meanwhile', async () => {
    const original: string[] = []
    for (let i = 0; i < 23; i++) original.push((await addProduct(database, storeId, { title: `原有 ${i}` })).productId)
    const [category] = (await saveOk([{ name: '全部', productIds: original }])).items
    let assigned = [...original]

    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      // Between pages (and while a page is read), the merchant lists new products into the category.
      const adding = (async () => {
        const fresh = await addProduct(database, storeId, { title: `新增 ${pages}` })
        assigned = [fresh.productId, ...assigned]
        await saveOk([{ id: category.id, name: '全部', productIds: assigned }])
      })()
      const [page]: [{ items: Array<{ id: string }>; nextCursor: string | null }, void] = await Promise.all([
        callOk(database, 'catalog', 'listProducts', { storeId, categoryId: category.id, cursor, limit: 4 }),
        adding,
      ])
      seen.push(...page.items.map((p: { id: string }) => p.id))
      cursor = page.nextCursor
      pages++
    } while (cursor && pages < 50)

    expect(new Set(seen).size).toBe(seen.length)
    // Every product that was in the category from the start is served, once, newest first.
    expect(seen.filter((id) => original.includes(id))).toEqual([...original].reverse())
    await saveOk([])
  })
})
