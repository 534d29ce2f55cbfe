// The demo store's 直播 and 动态 are not empty on first run, and seeding again adds nothing.
import { DEMO_STORE_ID, seedDemoStore } from './demo-store'
import { DEMO_POST_TITLES, DEMO_ROOM_TITLE, demoRoomStart } from './demo-content'
import { bodyProductIds, parsePostBody } from '../../src/domain/post'
import { callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'

describe(`demo content (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
    await seedDemoStore(database.db)
  })
  afterAll(() => database.close())

  it('shows shoppers one scheduled room with its pinned goods, and two posts whose products are the store’s', async () => {
    const rooms = (await callOk(database, 'live', 'listRooms', { storeId: DEMO_STORE_ID })).items
    expect(rooms).toHaveLength(1)
    expect(rooms[0]).toMatchObject({ title: DEMO_ROOM_TITLE, status: 102 })
    expect(rooms[0].goods.map((good: { title: string }) => good.title)).toEqual(['手工陶瓷马克杯', '手作香薰蜡烛', '竹编收纳篮'])
    const posts = (await callOk(database, 'post', 'list', { storeId: DEMO_STORE_ID })).items
    expect(posts.map((post: { title: string }) => post.title).sort()).toEqual([...DEMO_POST_TITLES].sort())
    const article = posts.find((post: { kind: string }) => post.kind === 'article')
    const blocks = parsePostBody(article?.body ?? '')
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'image', 'paragraph', 'product'])
    const [cardProduct] = bodyProductIds(blocks)
    expect(await callOk(database, 'catalog', 'getProduct', { productId: cardProduct })).toMatchObject({ storeId: DEMO_STORE_ID, title: '手工陶瓷马克杯' })
  })

  it('adds nothing when seeded again', async () => {
    expect(await seedDemoStore(database.db)).toBe(false)
    expect((await callOk(database, 'live', 'listRooms', { storeId: DEMO_STORE_ID })).items).toHaveLength(1)
    expect((await callOk(database, 'post', 'list', { storeId: DEMO_STORE_ID })).items).toHaveLength(2)
  })

  it('schedules the room for the next 20:00 Beijing time at least 12 hours away', () => {
    expect(demoRoomStart(new Date('2026-12-07T01:00:00Z')).toISOString()).toBe('2026-12-08T12:00:00.000Z')
    expect(demoRoomStart(new Date('2026-12-07T00:00:00Z')).toISOString()).toBe('2026-12-07T12:00:00.000Z')
    expect(demoRoomStart(new Date('2026-12-07T18:00:00Z')).toISOString()).toBe('2026-12-08T12:00:00.000Z')
  })
})
