import { eq } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { tableChecksums } from '../../tests/support/checksum'
import type { Database } from '../db/client'
import { contentChecks, stores } from '../db/schema'
import { MAX_STORES_PER_OWNER } from '../../src/domain/store-profile'

describe(`merchant stores: open, list, switch, update (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
  })
  afterAll(() => database.close())

  it('opens a store owned by the caller, visible to shoppers through the catalog', async () => {
    const store = await callOk(
      database,
      'merchant',
      'openStore',
      { name: ' 青禾手作 ', intro: '手工布包', hashtags: ['#手作', 'OOTD'], category: '手工艺品', pickupAddress: '杭州市西湖区 1 号' },
      { openid: 'owner-1' },
    )
    expect(store).toMatchObject({ name: '青禾手作', intro: '手工布包', hashtags: ['手作', 'ootd'], category: '手工艺品', pickupAddress: '杭州市西湖区 1 号', logo: '' })
    const [row] = await database.db.select().from(stores).where(eq(stores.id, store.id))
    expect(row.ownerOpenid).toBe('owner-1')
    const publicView = await callOk(database, 'catalog', 'getStore', { storeId: store.id }, { openid: 'shopper' })
    // With the default shipping rules, and pickup at the address given when the store opened.
    expect(publicView).toEqual({
      id: store.id, name: '青禾手作', intro: '手工布包', logo: '', hashtags: ['手作', 'ootd'],
      shipping: { baseFee: 800, freeOver: 9900, regions: [], pickup: { enabled: true, address: '杭州市西湖区 1 号', hours: '' } },
    })
  })

  it('lets one OPENID own several stores and lists only its own, oldest first', async () => {
    const second = await callOk(database, 'merchant', 'openStore', { name: '青禾二店' }, { openid: 'owner-1' })
    await callOk(database, 'merchant', 'openStore', { name: '别人的店' }, { openid: 'owner-2' })
    const mine = await callOk(database, 'merchant', 'listMyStores', {}, { openid: 'owner-1' })
    expect(mine.items.map((s: any) => s.name)).toEqual(['青禾手作', '青禾二店'])
    expect(mine.items[1].id).toBe(second.id)
    const shopper = await callOk(database, 'merchant', 'listMyStores', {}, { openid: 'never-opened' })
    expect(shopper.items).toEqual([])
    const anonymous = await call(database, 'merchant', 'listMyStores', {})
    expect(anonymous.status).toBe(401)
  })

  it('updates brand hashtags and other fields any number of times; a sixth hashtag is a field error', async () => {
    const [store] = (await callOk(database, 'merchant', 'listMyStores', {}, { openid: 'owner-1' })).items
    for (const tags of [['一'], ['一', '二', '三'], []]) {
      const updated = await callOk(database, 'merchant', 'updateStore', { storeId: store.id, hashtags: tags }, { openid: 'owner-1' })
      expect(updated.hashtags).toEqual(tags)
    }
    const updated = await callOk(database, 'merchant', 'updateStore', { storeId: store.id, intro: '新简介', logo: '/files/uploads/2026-01/abc.png' }, { openid: 'owner-1' })
    expect(updated).toMatchObject({ name: '青禾手作', intro: '新简介', logo: '/files/uploads/2026-01/abc.png' })

    const before = await tableChecksums(database.db)
    const sixth = await call(database, 'merchant', 'updateStore', { storeId: store.id, hashtags: ['a', 'b', 'c', 'd', 'e', 'f'] }, { openid: 'owner-1' })
    expect(sixth.status).toBe(400)
    expect(sixth.body).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', details: { issues: [{ path: 'hashtags', message: '话题最多 5 个，当前 6 个' }] } },
    })
    expect(await tableChecksums(database.db)).toEqual(before)
  })

  it('refuses risky names and names the check sends to review, recording both verdicts', async () => {
    const countChecks = async () => (await database.db.select().from(contentChecks)).length
    const checksBefore = await countChecks()
    const storesBefore = (await database.db.select().from(stores)).length

    const risky = await call(database, 'merchant', 'openStore', { name: '赌博小店' }, { openid: 'owner-3' })
    expect(risky.status).toBe(422)
    expect(risky.body).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })

    const review = await call(database, 'merchant', 'openStore', { name: '好物店', intro: '加微信优惠' }, { openid: 'owner-3' })
    expect(review.body).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY', details: { suggest: 'review' } } })

    expect((await database.db.select().from(stores)).length).toBe(storesBefore)
    const recorded = await database.db.select().from(contentChecks).where(eq(contentChecks.openid, 'owner-3'))
    expect(recorded.map((r) => [r.scene, r.suggest]).sort()).toEqual([
      ['store', 'review'],
      ['store', 'risky'],
    ])
    expect(await countChecks()).toBe(checksBefore + 2)
  })

  it('checks only the text an update changes', async () => {
    const [store] = (await callOk(database, 'merchant', 'listMyStores', {}, { openid: 'owner-1' })).items
    const before = (await database.db.select().from(contentChecks)).length
    await callOk(database, 'merchant', 'updateStore', { storeId: store.id, name: store.name, category: '服饰鞋包' }, { openid: 'owner-1' })
    expect((await database.db.select().from(contentChecks)).length).toBe(before)
    const risky = await call(database, 'merchant', 'updateStore', { storeId: store.id, intro: '毒品' }, { openid: 'owner-1' })
    expect(risky.body).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
    const [row] = await database.db.select().from(stores).where(eq(stores.id, store.id))
    expect(row.intro).toBe('新简介')
  })

  it(`caps one OPENID at ${MAX_STORES_PER_OWNER} stores, also when opened at once`, async () => {
    const attempts = await Promise.all(
      Array.from({ length: MAX_STORES_PER_OWNER + 3 }, (_, i) => call(database, 'merchant', 'openStore', { name: `连锁 ${i}` }, { openid: 'chain' })),
    )
    expect(attempts.filter((a) => a.body.ok)).toHaveLength(MAX_STORES_PER_OWNER)
    expect(attempts.filter((a) => !a.body.ok).every((a) => !a.body.ok && a.body.error.code === 'FORBIDDEN')).toBe(true)
    const owned = await database.db.select().from(stores).where(eq(stores.ownerOpenid, 'chain'))
    expect(owned).toHaveLength(MAX_STORES_PER_OWNER)
  })
})
