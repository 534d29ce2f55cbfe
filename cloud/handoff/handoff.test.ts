import { eq } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { newId } from '../db/ids'
import { handoffs, products, skus, stores } from '../db/schema'
import { DEMO_STORE_ID, seedDemoStore } from '../seed/demo-store'
import { HANDOFF_TTL_MS } from '../../src/domain/handoff'
import { RATE_LIMITS } from '../limits/rate-limits'
import { ADDRESS } from '../../tests/support/fixtures'

// A web visitor's choice travels to the Mini Program under a short code: one store only, for a
// while only, and only to the shopper who opens it first.
describe(`hand-off codes (${DATABASE_KIND})`, () => {
  let database: Database
  let productId: string
  let skuId: string
  let otherSkuId: string
  let ip = 0
  const anonymous = () => ({ clientIp: `10.9.${Math.floor(++ip / 200)}.${ip % 200}` })

  beforeAll(async () => {
    database = await openTestDatabase()
    await seedDemoStore(database.db)
    const [product] = await database.db.select().from(products).where(eq(products.storeId, DEMO_STORE_ID)).limit(1)
    productId = product.id
    const [sku] = await database.db.select().from(skus).where(eq(skus.productId, productId)).limit(1)
    skuId = sku.id
    await database.db.insert(stores).values({ id: 'other-ho', ownerOpenid: 'other-owner', name: '隔壁小铺' })
    const otherProductId = newId()
    await database.db.insert(products).values({ id: otherProductId, storeId: 'other-ho', title: '隔壁的杯子', status: 'on_sale' })
    otherSkuId = newId()
    await database.db.insert(skus).values({ id: otherSkuId, productId: otherProductId, price: 500, stock: 3 })
  }, 60_000)
  afterAll(() => database.close())

  const create = (data: Record<string, unknown>, options = anonymous()) =>
    callOk(database, 'entry', 'createHandoff', { storeId: DEMO_STORE_ID, source: 'weibo', ...data }, options)

  it('is created without identity, short, with a URL Link carrying it and no code image on a phone', async () => {
    const made = await create({ productId, lines: [{ skuId, quantity: 2 }], campaign: '春季' })
    expect(made.code).toMatch(/^[A-Za-z0-9]{12}$/)
    expect(made.url).toMatch(new RegExp(`[?&]cq=${made.code}$`))
    expect(made.image).toBeNull()
    expect(new Date(made.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(HANDOFF_TTL_MS)
  })

  it('shares one URL Link per page and campaign, and gives a desktop a code whose scene carries it', async () => {
    const a = await create({ productId, lines: [{ skuId, quantity: 1 }], campaign: '同一活动' })
    const b = await create({ productId, lines: [{ skuId, quantity: 3 }], campaign: '同一活动', device: 'desktop' })
    const c = await create({ productId, lines: [], campaign: '别的活动' })
    const base = (url: string) => url.replace(/[?&]cq=.*$/, '')
    expect(base(a.url)).toBe(base(b.url))
    expect(base(c.url)).not.toBe(base(a.url))
    expect(b.image).toMatch(/\.png$/)
    const token = /wxacode\/([A-Za-z0-9_-]+)\.png$/.exec(b.image!)![1]
    const { scene } = JSON.parse(Buffer.from(token, 'base64url').toString())
    expect(scene).toBe(`p=${productId}&h=${b.code}`)
    expect(scene.length).toBeLessThanOrEqual(32)
  })

  it('restores the lines with current titles and prices, and credits the launch as the web visit', async () => {
    const made = await create({ productId, lines: [{ skuId, quantity: 2 }], campaign: '微博春季', sharer: 'fan-1' })
    const opened = await callOk(database, 'entry', 'openHandoff', { code: made.code }, { openid: 'buyer-1' })
    expect(opened).toMatchObject({ storeId: DEMO_STORE_ID, page: 'pages/product/index', lines: [{ skuId, productId, quantity: 2 }] })
    expect(opened.lines[0].price).toBeGreaterThan(0)
    // Scanned on a desktop screen: scene 1047 with the code in the scene.
    const visit = await callOk(
      database,
      'entry',
      'recordVisit',
      { launchId: newId(16), scene: 1047, path: 'pages/product/index', query: { scene: encodeURIComponent(`p=${productId}&h=${made.code}`) } },
      { openid: 'buyer-1' },
    )
    expect(visit.entry).toEqual({ source: 'weibo', scene: 1047, storeId: DEMO_STORE_ID, productId, campaign: '微博春季', sharer: 'fan-1' })
    // The order checkout places is credited exactly as a direct visit from the link would be.
    const order = await callOk(
      database,
      'order',
      'create',
      { storeId: DEMO_STORE_ID, items: opened.lines.map((l: any) => ({ skuId: l.skuId, quantity: l.quantity })), delivery: 'express', address: ADDRESS, idempotencyKey: newId(20), visitId: visit.visitId },
      { openid: 'buyer-1' },
    )
    expect(order.entry).toMatchObject({ source: 'weibo', campaign: '微博春季' })
    expect(order.items).toMatchObject([{ skuId, quantity: 2 }])
  })

  it('refuses a line of another store, and keeps nothing', async () => {
    const before = (await database.db.select().from(handoffs)).length
    const refused = await call(database, 'entry', 'createHandoff', { storeId: DEMO_STORE_ID, source: 'web', lines: [{ skuId, quantity: 1 }, { skuId: otherSkuId, quantity: 1 }] }, anonymous())
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const otherProduct = await call(database, 'entry', 'createHandoff', { storeId: 'other-ho', productId, source: 'web' }, anonymous())
    expect(otherProduct.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await database.db.select().from(handoffs)).length).toBe(before)
  })

  it('is readable by the first shopper who opens it only, and not without identity', async () => {
    const made = await create({ lines: [{ skuId, quantity: 1 }] })
    const anonymousOpen = await call(database, 'entry', 'openHandoff', { code: made.code }, anonymous())
    expect(anonymousOpen.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    await callOk(database, 'entry', 'openHandoff', { code: made.code }, { openid: 'buyer-2' })
    await callOk(database, 'entry', 'openHandoff', { code: made.code }, { openid: 'buyer-2' })
    const stranger = await call(database, 'entry', 'openHandoff', { code: made.code }, { openid: 'buyer-3' })
    expect(stranger.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(JSON.stringify(stranger.body)).not.toContain(skuId)
    const unknown = await call(database, 'entry', 'openHandoff', { code: 'AAAAAAAAAAAA' }, { openid: 'buyer-3' })
    expect(unknown.body).toEqual(stranger.body)
  })

  it('expires', async () => {
    const made = await create({ lines: [{ skuId, quantity: 1 }] })
    const later = () => new Date(Date.now() + HANDOFF_TTL_MS + 1000)
    const late = await call(database, 'entry', 'openHandoff', { code: made.code }, { openid: 'buyer-4', now: later })
    expect(late.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const visit = await callOk(
      database,
      'entry',
      'recordVisit',
      { launchId: newId(16), scene: 1194, path: 'pages/home/index', query: { storeId: DEMO_STORE_ID, cq: made.code } },
      { openid: 'buyer-4', now: later },
    )
    expect(visit.entry.source).toBe('link')
    expect(visit.entry.campaign).toBeUndefined()
  })

  it('limits anonymous callers per address', async () => {
    const from = { clientIp: '10.77.0.1' }
    for (let i = 0; i < RATE_LIMITS.handoff.perAddress.limit; i++) await create({}, from)
    const over = await call(database, 'entry', 'createHandoff', { storeId: DEMO_STORE_ID, source: 'web' }, from)
    expect(over.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
  }, 60_000)
})
