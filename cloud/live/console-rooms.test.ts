// The console's side of live rooms: listing a store's rooms (banned ones too) and ending one.
import { eq } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase, type CallOptions } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { liveRooms, products, stores } from '../db/schema'
import { DEMO_MERCHANT_OPENID, DEMO_STORE_ID, seedDemoStore } from '../seed/demo-store'
import { LIVE_STATUS } from '../../src/domain/live-status'

const T0 = new Date('2026-11-25T12:00:00.000Z')
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const at = (ms: number): CallOptions => ({ openid: DEMO_MERCHANT_OPENID, now: () => new Date(T0.getTime() + ms) })

describe(`merchant live console (${DATABASE_KIND})`, () => {
  let database: Database
  let productId: string

  beforeAll(async () => {
    database = await openTestDatabase()
    await seedDemoStore(database.db)
    ;[{ id: productId }] = await database.db.select({ id: products.id }).from(products).where(eq(products.storeId, DEMO_STORE_ID)).limit(1)
    await database.db.insert(stores).values({ id: 'rival', ownerOpenid: 'rival-owner', name: '隔壁小铺' })
  })
  afterAll(() => database.close())

  const schedule = (startIn: number, title = '山野上新夜') =>
    callOk(
      database,
      'merchant',
      'saveLiveRoom',
      { storeId: DEMO_STORE_ID, title, startAt: new Date(T0.getTime() + startIn).toISOString(), endAt: new Date(T0.getTime() + startIn + 2 * HOUR).toISOString(), productIds: [productId] },
      at(0),
    )
  /** The answer's body, loosely typed: these checks read data and error codes alike. */
  const end = async (roomId: string, ms = 0, storeId = DEMO_STORE_ID, options = at(ms)): Promise<{ body: any }> =>
    call(database, 'merchant', 'endLiveRoom', { storeId, roomId }, options)
  const codeOf = async (answer: Promise<{ body: any }>) => (await answer).body.error?.code
  const row = async (roomId: string) => (await database.db.select().from(liveRooms).where(eq(liveRooms.id, roomId)))[0]

  it('lists every room of the store to its owner, banned ones included, and refuses anyone else', async () => {
    const banned = await schedule(-MINUTE, '违规直播间')
    await database.db.update(liveRooms).set({ status: LIVE_STATUS.banned }).where(eq(liveRooms.id, banned.id))
    const listed = await callOk(database, 'merchant', 'listLiveRooms', { storeId: DEMO_STORE_ID }, at(0))
    expect(listed.items.map((room: { id: string }) => room.id)).toContain(banned.id)
    expect(listed.items.find((room: { id: string }) => room.id === banned.id)?.goods.map((good: { id: string }) => good.id)).toEqual([productId])
    expect(await codeOf(call(database, 'merchant', 'listLiveRooms', { storeId: DEMO_STORE_ID }, { openid: 'rival-owner' }))).toBe('FORBIDDEN')
    expect(await codeOf(call(database, 'merchant', 'listLiveRooms', { storeId: DEMO_STORE_ID }))).toBe('UNAUTHENTICATED')
  })

  it('ends a room on air: ended at once, its schedule closing now, and the timer’s sync keeps it ended', async () => {
    const live = await schedule(-MINUTE)
    expect(live.status).toBe(LIVE_STATUS.live)
    const answer = await end(live.id, 10 * MINUTE)
    expect(answer.body.data).toMatchObject({ id: live.id, status: LIVE_STATUS.ended, endAt: new Date(T0.getTime() + 10 * MINUTE).toISOString() })
    await callOk(database, 'timer', 'syncLiveRooms', {}, { caller: 'platform', now: () => new Date(T0.getTime() + 11 * MINUTE) })
    expect((await row(live.id)).status).toBe(LIVE_STATUS.ended)
  })

  it('ends a room before its start as one that ran for no time', async () => {
    const upcoming = await schedule(HOUR)
    const answer = await end(upcoming.id)
    const ended = answer.body.data
    expect(ended.status).toBe(LIVE_STATUS.ended)
    expect(ended.startAt).toBe(T0.toISOString())
    expect(ended.endAt).toBe(T0.toISOString())
  })

  it('answers a room that is already over as it is, and leaves a banned room banned', async () => {
    const live = await schedule(-MINUTE)
    const first = (await end(live.id, MINUTE)).body.data
    const again = await end(live.id, 5 * MINUTE)
    expect(again.body.data).toMatchObject({ status: LIVE_STATUS.ended, endAt: first.endAt })
    const banned = await schedule(-MINUTE, '违规直播间')
    await database.db.update(liveRooms).set({ status: LIVE_STATUS.banned }).where(eq(liveRooms.id, banned.id))
    expect((await end(banned.id)).body.data.status).toBe(LIVE_STATUS.banned)
  })

  it('refuses another store’s owner, a room of another store and a room that does not exist, changing nothing', async () => {
    const live = await schedule(-MINUTE)
    const before = await row(live.id)
    expect((await end(live.id, 0, DEMO_STORE_ID, { openid: 'rival-owner' })).body.error.code).toBe('FORBIDDEN')
    expect((await end(live.id, 0, 'rival', { openid: 'rival-owner' })).body.error.code).toBe('NOT_FOUND')
    expect((await end('nosuchroom')).body.error.code).toBe('NOT_FOUND')
    expect(await row(live.id)).toEqual(before)
  })
})
