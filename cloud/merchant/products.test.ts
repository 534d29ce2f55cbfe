import { eq } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { tableChecksums } from '../../tests/support/checksum'
import type { Database } from '../db/client'
import { contentChecks, products, skus } from '../db/schema'

const OWNER = 'product-owner'

describe(`merchant products: save, status, list (${DATABASE_KIND})`, () => {
  let database: Database
  let storeId: string
  beforeAll(async () => {
    database = await openTestDatabase()
    storeId = (await callOk(database, 'merchant', 'openStore', { name: '规格小店', hashtags: ['品牌'] }, { openid: OWNER })).id
  })
  afterAll(() => database.close())

  const save = (data: Record<string, unknown>, openid = OWNER) => call(database, 'merchant', 'saveProduct', { storeId, ...data }, { openid })
  const twoSpecs = [
    { specs: { 颜色: '红色', 尺码: 'S' }, price: 12900, stock: 5 },
    { specs: { 颜色: '红色', 尺码: 'M' }, price: 12900, stock: 0 },
    { specs: { 颜色: '蓝色', 尺码: 'S' }, price: 13900, stock: 3 },
    { specs: { 颜色: '蓝色', 尺码: 'M' }, price: 13900, stock: 8 },
  ]

  it('creates a product with two specs and a hashtag that shoppers find in the store and under the topic', async () => {
    const answer = await save({ title: '亚麻衬衫', images: ['/files/uploads/2026-03/a.jpg'], hashtags: ['#夏日'], status: 'on_sale', skus: twoSpecs })
    expect(answer.status).toBe(200)
    const product = (answer.body as any).data
    expect(product).toMatchObject({ storeId, title: '亚麻衬衫', hashtags: ['夏日'], brandHashtags: ['品牌'], status: 'on_sale' })
    expect(product.skus.map((s: any) => [s.specs, s.price, s.stock])).toEqual(twoSpecs.map((s) => [s.specs, s.price, s.stock]))

    const shelf = await callOk(database, 'catalog', 'listProducts', { storeId }, { openid: 'shopper' })
    expect(shelf.items.map((p: any) => p.id)).toEqual([product.id])
    const topic = await callOk(database, 'catalog', 'listTopic', { hashtag: '夏日' })
    expect(topic.items.map((p: any) => p.id)).toContain(product.id)
  })

  it('saves a draft by default, hidden from shoppers, shown to its owner', async () => {
    const draft = await callOk(database, 'merchant', 'saveProduct', { storeId, title: '草稿', skus: [{ specs: {}, price: 100, stock: 1 }] }, { openid: OWNER })
    expect(draft.status).toBe('draft')
    const shopper = await call(database, 'catalog', 'getProduct', { productId: draft.id }, { openid: 'shopper' })
    expect(shopper.status).toBe(404)
    expect(await callOk(database, 'catalog', 'getProduct', { productId: draft.id }, { openid: OWNER })).toMatchObject({ status: 'draft' })
  })

  it('edits keep the SKUs that stay (same ids), change prices and stock, add new ones and drop removed ones', async () => {
    const created = await callOk(database, 'merchant', 'saveProduct', { storeId, title: '帆布袋', images: ['/files/uploads/x.png'], status: 'on_sale', skus: twoSpecs.slice(0, 2) }, { openid: OWNER })
    const [redS, redM] = created.skus
    const edited = await callOk(
      database,
      'merchant',
      'saveProduct',
      {
        storeId,
        productId: created.id,
        title: '帆布袋（加厚）',
        images: ['/files/uploads/x.png'],
        hashtags: ['一', '二', '三', '四', '五'],
        skus: [
          { specs: { 颜色: '红色', 尺码: 'M' }, price: 9900, stock: 20 },
          { id: redS.id, specs: { 颜色: '酒红', 尺码: 'S' }, price: 9900, stock: 1 },
          { specs: { 颜色: '黑色', 尺码: 'L' }, price: 10900, stock: 2 },
        ],
      },
      { openid: OWNER },
    )
    expect(edited.title).toBe('帆布袋（加厚）')
    expect(edited.status).toBe('on_sale')
    expect(edited.hashtags).toEqual(['一', '二', '三', '四', '五'])
    expect(edited.skus.map((s: any) => s.specs)).toEqual([
      { 颜色: '红色', 尺码: 'M' },
      { 颜色: '酒红', 尺码: 'S' },
      { 颜色: '黑色', 尺码: 'L' },
    ])
    expect(edited.skus[0].id).toBe(redM.id)
    expect(edited.skus[1].id).toBe(redS.id)
    expect([redS.id, redM.id]).not.toContain(edited.skus[2].id)
    const rows = await database.db.select().from(skus).where(eq(skus.productId, created.id))
    expect(rows).toHaveLength(3)
  })

  it('refuses a sixth hashtag with VALIDATION_FAILED on the hashtags field and changes nothing', async () => {
    const [product] = await database.db.select().from(products).where(eq(products.title, '帆布袋（加厚）'))
    const before = await tableChecksums(database.db)
    const answer = await save({ productId: product.id, title: '帆布袋', images: product.images, hashtags: ['一', '二', '三', '四', '五', '六'], skus: twoSpecs })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { issues: [{ path: 'hashtags', message: '话题最多 5 个，当前 6 个' }] } } })
    expect(await tableChecksums(database.db)).toEqual(before)
  })

  it('names the field of every problem so the form can show it beside the field', async () => {
    const answer = await save({
      title: '',
      images: ['javascript:alert(1)'],
      skus: [
        { specs: { 颜色: '红' }, price: 0, stock: -1 },
        { specs: { 颜色: '红' }, price: 12.5, stock: 1 },
      ],
    })
    expect(answer.body.ok).toBe(false)
    const paths = (answer.body as any).error.details.issues.map((i: any) => i.path)
    expect(paths).toEqual(expect.arrayContaining(['title', 'images.0', 'skus.0.price', 'skus.0.stock', 'skus.1.price']))
    for (const issue of (answer.body as any).error.details.issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('refuses SKUs with mixed spec names or duplicate combinations', async () => {
    for (const bad of [
      [{ specs: { 颜色: '红' }, price: 100, stock: 1 }, { specs: { 尺码: 'M' }, price: 100, stock: 1 }],
      [{ specs: { 颜色: '红' }, price: 100, stock: 1 }, { specs: { 颜色: '红' }, price: 200, stock: 1 }],
    ]) {
      const answer = await save({ title: '坏规格', skus: bad })
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { issues: [{ path: 'skus' }] } } })
    }
  })

  it('refuses going on sale without a photo, on save and on a status change', async () => {
    const answer = await save({ title: '无图', status: 'on_sale', skus: [{ specs: {}, price: 100, stock: 1 }] })
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { issues: [{ path: 'images' }] } } })
    const draft = await callOk(database, 'merchant', 'saveProduct', { storeId, title: '无图草稿', skus: [{ specs: {}, price: 100, stock: 1 }] }, { openid: OWNER })
    const up = await call(database, 'merchant', 'setProductStatus', { storeId, productId: draft.id, status: 'on_sale' }, { openid: OWNER })
    expect(up.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { issues: [{ path: 'images' }] } } })
    const [row] = await database.db.select().from(products).where(eq(products.id, draft.id))
    expect(row.status).toBe('draft')
    const onSale = await callOk(database, 'catalog', 'listProducts', { storeId })
    const edit = await save({ productId: onSale.items[0].id, title: '拿掉图片', images: [], skus: twoSpecs })
    expect(edit.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    const [still] = await database.db.select().from(products).where(eq(products.id, onSale.items[0].id))
    expect(still.images.length).toBeGreaterThan(0)
  })

  it('takes products off the shelf and back: shoppers see them only while on sale', async () => {
    const product = (await callOk(database, 'catalog', 'listProducts', { storeId })).items[0]
    const off = await callOk(database, 'merchant', 'setProductStatus', { storeId, productId: product.id, status: 'off_shelf' }, { openid: OWNER })
    expect(off.status).toBe('off_shelf')
    expect((await call(database, 'catalog', 'getProduct', { productId: product.id }, { openid: 'shopper' })).status).toBe(404)
    await callOk(database, 'merchant', 'setProductStatus', { storeId, productId: product.id, status: 'on_sale' }, { openid: OWNER })
    expect((await call(database, 'catalog', 'getProduct', { productId: product.id }, { openid: 'shopper' })).status).toBe(200)
  })

  it('lists every status with counts, filters by status and pages', async () => {
    const all = await callOk(database, 'merchant', 'listProducts', { storeId, limit: 50 }, { openid: OWNER })
    const statuses = all.items.map((p: any) => p.status)
    expect(all.counts).toEqual({
      draft: statuses.filter((s: string) => s === 'draft').length,
      on_sale: statuses.filter((s: string) => s === 'on_sale').length,
      off_shelf: statuses.filter((s: string) => s === 'off_shelf').length,
    })
    expect(all.counts.draft).toBeGreaterThan(0)
    const drafts = await callOk(database, 'merchant', 'listProducts', { storeId, status: 'draft' }, { openid: OWNER })
    expect(drafts.items.every((p: any) => p.status === 'draft')).toBe(true)
    expect(drafts.items).toHaveLength(all.counts.draft)
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: any = await callOk(database, 'merchant', 'listProducts', { storeId, limit: 2, cursor }, { openid: OWNER })
      seen.push(...page.items.map((p: any) => p.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(all.items.map((p: any) => p.id))
  })

  it('refuses risky product text and review-level text, recording both, saving nothing', async () => {
    const before = (await database.db.select().from(products)).length
    const risky = await save({ title: '枪支配件', skus: [{ specs: {}, price: 100, stock: 1 }] })
    expect(risky.body).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
    const held = await save({ title: '好茶', description: '详情私聊', skus: [{ specs: {}, price: 100, stock: 1 }] })
    expect(held.body).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY', details: { suggest: 'review' } } })
    const spec = await save({ title: '好茶', skus: [{ specs: { 口味: '刷单专用' }, price: 100, stock: 1 }] })
    expect(spec.body).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
    expect((await database.db.select().from(products)).length).toBe(before)
    const verdicts = (await database.db.select().from(contentChecks).where(eq(contentChecks.scene, 'product'))).map((r) => r.suggest)
    expect(verdicts.filter((v) => v === 'risky')).toHaveLength(2)
    expect(verdicts.filter((v) => v === 'review')).toHaveLength(1)
  })
})
