import ExcelJS from 'exceljs'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { makeStore, type Fixture } from '../../tests/support/fixtures'
import { IMPORT_HEADERS } from '../../src/domain/product-import'
import { localPlatform, type LocalPlatform } from '../platform/local'
import type { Database } from '../db/client'
import { newId } from '../db/ids'
import { productCategories, products, skus } from '../db/schema'

/** A good row per product: 100 products, the even ones with two colours. */
function goodRows(): string[][] {
  const rows: string[][] = []
  for (let i = 0; i < 100; i++) {
    rows.push([`导入商品${i}`, `描述${i}`, '颜色', '红', '', '', '', '', '19.90', '10', '#导入 OOTD', '杯具'])
  }
  return rows
}

jest.setTimeout(120_000)

describe(`merchant.importProducts (${DATABASE_KIND})`, () => {
  let database: Database
  let platform: LocalPlatform
  let shop: Fixture

  beforeAll(async () => {
    database = await openTestDatabase()
    platform = localPlatform()
    shop = await makeStore(database, { skus: [{ price: 100, stock: 1 }] })
  })
  afterAll(() => database.close())

  /** Puts the file where the upload route would, and answers with the path it would give. */
  async function upload(rows: string[][], ext: 'xlsx' | 'csv' = 'xlsx'): Promise<string> {
    const name = `${newId(16)}.${ext}`
    mkdirSync(path.join(platform.files.uploadsDir, '2026-12'), { recursive: true })
    const file = path.join(platform.files.uploadsDir, '2026-12', name)
    if (ext === 'csv') {
      writeFileSync(file, '\uFEFF' + [IMPORT_HEADERS, ...rows].map((r) => r.join(',')).join('\n'))
    } else {
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet('商品')
      sheet.addRow([...IMPORT_HEADERS])
      for (const row of rows) sheet.addRow(row)
      await workbook.xlsx.writeFile(file)
    }
    return `/files/uploads/2026-12/${name}`
  }
  const run = (fileUrl: string, dryRun?: boolean) =>
    call(database, 'merchant', 'importProducts', { storeId: shop.storeId, fileUrl, ...(dryRun === undefined ? {} : { dryRun }) }, { openid: shop.ownerOpenid, platform })
  const productCount = async () => (await database.db.select().from(products).where(eq(products.storeId, shop.storeId))).length

  it('3 bad rows of 100: the dry run and the real run list exactly those rows and write nothing', async () => {
    const rows = goodRows()
    rows[9][8] = '九块九' // row 11
    rows[41][9] = '-3' // row 43
    rows[76][0] = '' // row 78
    const fileUrl = await upload(rows)
    const before = await productCount()
    for (const dryRun of [true, false]) {
      const answer = await run(fileUrl, dryRun)
      expect(answer.body.ok).toBe(true)
      const data = (answer.body as { data: { errors: Array<{ row: number; message: string }>; created: number } }).data
      expect(data.errors.map((e) => e.row)).toEqual([11, 43, 78])
      expect(data.errors[0].message).toContain('价格')
      expect(data.errors[1].message).toContain('库存')
      expect(data.errors[2].message).toContain('商品名称')
      expect(data.created).toBe(0)
    }
    expect(await productCount()).toBe(before)
  })

  it('the fixed file creates 100 products; importing it again updates them instead', async () => {
    const rows = goodRows()
    rows.push(['导入商品0', '', '颜色', '蓝', '', '', '', '', '21', '5', '', ''])
    const fileUrl = await upload(rows)
    const before = await productCount()
    const dry = await callOk(database, 'merchant', 'importProducts', { storeId: shop.storeId, fileUrl, dryRun: true }, { openid: shop.ownerOpenid, platform })
    expect(dry).toMatchObject({ created: 100, updated: 0, errors: [] })
    expect(await productCount()).toBe(before)
    const real = await callOk(database, 'merchant', 'importProducts', { storeId: shop.storeId, fileUrl }, { openid: shop.ownerOpenid, platform })
    expect(real).toMatchObject({ created: 100, updated: 0, errors: [] })
    expect(await productCount()).toBe(before + 100)

    rows[0][8] = '25.50'
    const again = await callOk(database, 'merchant', 'importProducts', { storeId: shop.storeId, fileUrl: await upload(rows, 'csv') }, { openid: shop.ownerOpenid, platform })
    expect(again).toMatchObject({ created: 0, updated: 100 })
    expect(await productCount()).toBe(before + 100)
    const [first] = await database.db.select().from(products).where(eq(products.title, '导入商品0'))
    const firstSkus = await database.db.select().from(skus).where(eq(skus.productId, first.id))
    expect(firstSkus.map((s) => [s.specs, s.price]).sort()).toEqual([[{ 颜色: '红' }, 2550], [{ 颜色: '蓝' }, 2100]].sort())
    expect(first).toMatchObject({ status: 'draft', hashtags: ['导入', 'ootd'] })
  })

  it('puts products into their 分类: an existing one (matched as saveCategories compares names) and a new one at the end; a re-import adds no links', async () => {
    const store = await makeStore(database, { skus: [{ price: 100, stock: 1 }] })
    const as = { openid: store.ownerOpenid, platform }
    const saved = await callOk(database, 'merchant', 'saveCategories', { storeId: store.storeId, categories: [{ name: 'Tea', productIds: [store.productId] }] }, as)
    const teaId = saved.items[0].id
    const rows = [
      ['分类商品A', '', '', '', '', '', '', '', '10', '1', '', 'ｔｅａ'],
      ['分类商品B', '', '', '', '', '', '', '', '10', '1', '', '新品'],
      ['分类商品C', '', '', '', '', '', '', '', '10', '1', '', 'TEA'],
    ]
    const fileUrl = await upload(rows)
    const importOk = () => callOk(database, 'merchant', 'importProducts', { storeId: store.storeId, fileUrl }, as)
    expect(await callOk(database, 'merchant', 'importProducts', { storeId: store.storeId, fileUrl, dryRun: true }, as)).toMatchObject({ created: 3, errors: [] })
    expect((await callOk(database, 'catalog', 'listCategories', { storeId: store.storeId })).items).toHaveLength(1)
    expect(await importOk()).toMatchObject({ created: 3, errors: [] })
    // Imported products are drafts; shoppers' lists count on-sale ones only.
    await database.db.update(products).set({ status: 'on_sale' }).where(eq(products.storeId, store.storeId))
    const listed = (await callOk(database, 'catalog', 'listCategories', { storeId: store.storeId })).items
    expect(listed.map((c: { name: string; productCount: number }) => [c.name, c.productCount])).toEqual([['Tea', 3], ['新品', 1]])
    expect(listed[0].id).toBe(teaId)
    const titles = async (categoryId: string) =>
      (await callOk(database, 'catalog', 'listProducts', { storeId: store.storeId, categoryId })).items.map((p: { title: string }) => p.title).sort()
    expect(await titles(teaId)).toEqual(['分类商品A', '分类商品C', '手工陶瓷马克杯'])
    expect(await titles(listed[1].id)).toEqual(['分类商品B'])

    expect(await importOk()).toMatchObject({ created: 0, updated: 3 })
    const links = await database.db.select().from(productCategories).where(eq(productCategories.categoryId, teaId))
    expect(links).toHaveLength(3)
    expect((await callOk(database, 'catalog', 'listCategories', { storeId: store.storeId })).items.map((c: { productCount: number }) => c.productCount)).toEqual([3, 1])
  })

  it('a bad 分类 is a row error in the dry run already, and nothing is written', async () => {
    const store = await makeStore(database, { skus: [{ price: 100, stock: 1 }] })
    const rows = [
      ['好分类商品', '', '', '', '', '', '', '', '10', '1', '', '杯具'],
      ['坏分类商品', '', '', '', '', '', '', '', '10', '1', '', '这是一个超过十二个字的分类名称'],
    ]
    const fileUrl = await upload(rows)
    for (const dryRun of [true, false]) {
      const answer = await callOk(database, 'merchant', 'importProducts', { storeId: store.storeId, fileUrl, dryRun }, { openid: store.ownerOpenid, platform })
      expect(answer.errors.map((e: { row: number }) => e.row)).toEqual([3])
      expect(answer.errors[0].message).toContain('分类名称')
    }
    expect((await callOk(database, 'catalog', 'listCategories', { storeId: store.storeId })).items).toEqual([])
  })

  it('reads only our own uploads: other URLs are refused and never fetched', async () => {
    for (const fileUrl of ['http://169.254.169.254/latest/meta-data', 'https://example.com/a.xlsx', '/files/uploads/2026-12/../../etc/passwd', '/files/uploads/2026-12/abc.xlsx', 'file:///etc/passwd']) {
      const answer = await run(fileUrl, true)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    }
    const other = await makeStore(database, { skus: [{ price: 100, stock: 1 }] })
    const fileUrl = await upload(goodRows())
    const forbidden = await call(database, 'merchant', 'importProducts', { storeId: shop.storeId, fileUrl }, { openid: other.ownerOpenid, platform })
    expect(forbidden.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('hands out the template, which imports as it is', async () => {
    const template = await callOk(database, 'merchant', 'importTemplate', { storeId: shop.storeId }, { openid: shop.ownerOpenid, platform })
    expect(template.fileName).toBe('product-import-template.xlsx')
    const [, token, name] = /^\/files\/exports\/([^/]+)\/(.+)$/.exec(template.url)!
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path.join(platform.files.uploadsDir, '..', 'exports', token, name))
    const rows: string[][] = []
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
    const fileUrl = await upload(rows.slice(1))
    const dry = await callOk(database, 'merchant', 'importProducts', { storeId: shop.storeId, fileUrl, dryRun: true }, { openid: shop.ownerOpenid, platform })
    // The fixture store already sells a 手工陶瓷马克杯: that one is matched, not duplicated.
    expect(dry).toMatchObject({ created: 1, updated: 1, errors: [] })
  })
})
