// Invisible characters (zero-width, bidi controls) cannot make a topic or a name that looks like
// another but is not: hashtags and names drop them before normalising (DESIGN.md 3b).
import { DATABASE_KIND, call, callOk, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'

describe(`invisible characters in hashtags and names (${DATABASE_KIND})`, () => {
  let database: Database
  const OWNER = 'owner-invisible'
  let storeId: string

  beforeAll(async () => {
    database = await openTestDatabase()
    const store = await callOk(database, 'merchant', 'openStore', { name: '\u202e青禾\u200b小店\u200d', hashtags: ['\ufeff手作'] }, { openid: OWNER })
    storeId = store.id
  })
  afterAll(() => database.close())

  it('stores a store name and brand hashtag without them', async () => {
    const store = await callOk(database, 'catalog', 'getStore', { storeId })
    expect(store).toMatchObject({ name: '青禾小店', hashtags: ['手作'] })
  })

  it('files a product tagged "o‍otd" or "‮ootd" under the one topic "ootd"', async () => {
    const saved = await callOk(
      database,
      'merchant',
      'saveProduct',
      { storeId, title: '帆布袋', status: 'on_sale', images: ['/files/demo/mug-1.svg'], hashtags: ['o\u200dotd', '\u202Eootd', 'OOTD'], skus: [{ specs: {}, price: 100, stock: 1 }] },
      { openid: OWNER },
    )
    expect(saved.hashtags).toEqual(['ootd'])
    for (const spelling of ['ootd', 'o\u200dotd', '\u202Eootd', '\u2066#OOTD\u2069']) {
      const page = await callOk(database, 'catalog', 'listTopic', { hashtag: spelling, storeId })
      expect(page.items.map((p: { id: string }) => p.id)).toEqual([saved.id])
    }
  })

  it('drops them from a nickname and a live room anchor name', async () => {
    const user = await callOk(database, 'auth', 'updateProfile', { nickname: '小\u200d明\u202e' }, { openid: 'shopper-invisible' })
    expect(user.nickname).toBe('小明')
    const room = await call(
      database,
      'merchant',
      'saveLiveRoom',
      {
        storeId,
        title: '上新直播',
        anchorName: '\u200f店主\u200b',
        startAt: new Date(Date.now() + 3_600_000).toISOString(),
        endAt: new Date(Date.now() + 7_200_000).toISOString(),
        productIds: [],
      },
      { openid: OWNER },
    )
    expect(room.body).toMatchObject({ ok: true, data: { anchorName: '店主' } })
  })
})
