import { and, eq } from 'drizzle-orm'
import { ERROR_CODES } from '../../src/domain/errors'
import { call, callOk, DATABASE_KIND, openTestDatabase, testCtx, type CallOptions } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { dispatch } from '../dispatch'
import { registry } from '../functions'
import { newId } from '../db/ids'
import { comments, contentChecks, liveRooms, liveSubscriptions, outbox, products, skus, stores } from '../db/schema'
import type { Platform } from '../platform/platform'
import { DEMO_MERCHANT_OPENID, DEMO_STORE_ID } from '../seed/demo-store'
import { seedDemoStore } from '../seed/demo-store'
import { reminderKey } from './remind'

const T0 = new Date('2026-11-25T12:00:00.000Z')
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const at = (ms: number) => () => new Date(T0.getTime() + ms)

/** The clock stands at T0 + `ms` for this call. */
const as = (openid: string | undefined, ms = 0): CallOptions => ({ openid, now: at(ms) })
const merchantAt = (ms = 0) => as(DEMO_MERCHANT_OPENID, ms)
const platformAt = (ms = 0): CallOptions => ({ caller: 'platform', now: at(ms) })

describe(`live (${DATABASE_KIND})`, () => {
  let database: Database
  let onSale: string[]
  let draft: string
  let foreign: string

  beforeAll(async () => {
    database = await openTestDatabase()
    await seedDemoStore(database.db)
    const rows = await database.db.select({ id: products.id }).from(products).where(eq(products.storeId, DEMO_STORE_ID))
    onSale = rows.map((r) => r.id)
    draft = newId()
    await database.db.insert(products).values({ id: draft, storeId: DEMO_STORE_ID, title: '未上架的新品', status: 'draft' })
    await database.db.insert(skus).values({ id: newId(), productId: draft, price: 100, stock: 1 })
    await database.db.insert(stores).values({ id: 'other', ownerOpenid: 'other-owner', name: '隔壁小铺' })
    foreign = newId()
    await database.db.insert(products).values({ id: foreign, storeId: 'other', title: '隔壁的货', status: 'on_sale' })
  })
  afterAll(() => database.close())

  /** Schedules a room of the demo store starting `startIn` ms after T0 (negative: already started). */
  function saveRoom(startIn: number, extra: Record<string, unknown> = {}, options = merchantAt()) {
    return callOk(
      database,
      'merchant',
      'saveLiveRoom',
      {
        storeId: DEMO_STORE_ID,
        title: '山野上新夜',
        startAt: new Date(T0.getTime() + startIn).toISOString(),
        endAt: new Date(T0.getTime() + startIn + 2 * HOUR).toISOString(),
        productIds: onSale.slice(0, 2),
        ...extra,
      },
      options,
    )
  }

  async function roomRow(roomId: string) {
    const [row] = await database.db.select().from(liveRooms).where(eq(liveRooms.id, roomId))
    return row
  }

  describe('merchant.saveLiveRoom', () => {
    it('saves a room with the platform’s status for its schedule and the pinned goods on sale', async () => {
      const live = await saveRoom(-MINUTE, { productIds: [onSale[1], draft, onSale[0], onSale[1]], anchorName: '山野店主' })
      expect(live).toMatchObject({ storeId: DEMO_STORE_ID, status: 101, title: '山野上新夜', anchorName: '山野店主', likes: 0, viewers: 0, comments: 0 })
      expect(live.platformRoomId).toMatch(/^\S+$/)
      // Pinned once each, in the merchant's order; a draft is pinned but shoppers see no good for it.
      expect(live.productIds).toEqual([onSale[1], draft, onSale[0]])
      expect(live.goods.map((g: any) => g.id)).toEqual([onSale[1], onSale[0]])
      expect(live.goods[0]).toEqual({ id: onSale[1], title: expect.any(String), image: expect.any(String), price: expect.any(Number), soldOut: false })

      expect((await saveRoom(HOUR)).status).toBe(102)
      expect((await saveRoom(-3 * HOUR)).status).toBe(103)
    })

    it('updates a room in place: schedule, goods and status follow', async () => {
      const room = await saveRoom(HOUR)
      const moved = await saveRoom(-MINUTE, { roomId: room.id, title: '提前开播', productIds: [], replayUrl: 'https://cdn.example.com/r.mp4' })
      expect(moved).toMatchObject({ id: room.id, platformRoomId: room.platformRoomId, title: '提前开播', status: 101, productIds: [], goods: [] })
      expect(moved.replayUrl).toBe('https://cdn.example.com/r.mp4')
    })

    it('refuses what is not the merchant’s to schedule, and writes nothing', async () => {
      const before = await database.db.select().from(liveRooms)
      const base = { storeId: DEMO_STORE_ID, title: '直播', startAt: T0.toISOString(), endAt: new Date(T0.getTime() + HOUR).toISOString(), productIds: [] }
      const cases: Array<[string, Record<string, unknown>, CallOptions, string]> = [
        ['anonymous', base, as(undefined), 'UNAUTHENTICATED'],
        ['another merchant', base, as('other-owner'), 'FORBIDDEN'],
        ['an unknown store', { ...base, storeId: 'nope' }, merchantAt(), 'NOT_FOUND'],
        ['another store’s product', { ...base, productIds: [onSale[0], foreign] }, merchantAt(), 'VALIDATION_FAILED'],
        ['an unknown product', { ...base, productIds: ['missing'] }, merchantAt(), 'VALIDATION_FAILED'],
        ['another store’s room', { ...base, storeId: 'other', roomId: before[0].id }, as('other-owner'), 'NOT_FOUND'],
        ['an unknown room', { ...base, roomId: 'missing' }, merchantAt(), 'NOT_FOUND'],
        ['a room number in use', { ...base, platformRoomId: before[0].platformRoomId }, merchantAt(), 'VALIDATION_FAILED'],
        ['an end before the start', { ...base, endAt: new Date(T0.getTime() - 1).toISOString() }, merchantAt(), 'VALIDATION_FAILED'],
        ['more than 24 hours', { ...base, endAt: new Date(T0.getTime() + 25 * HOUR).toISOString() }, merchantAt(), 'VALIDATION_FAILED'],
        ['a time that is not ISO', { ...base, startAt: '明天晚上八点' }, merchantAt(), 'VALIDATION_FAILED'],
        ['an empty title', { ...base, title: '   ' }, merchantAt(), 'VALIDATION_FAILED'],
        ['a stream URL that is not http', { ...base, streamUrl: 'javascript:alert(1)' }, merchantAt(), 'VALIDATION_FAILED'],
        ['51 products', { ...base, productIds: Array.from({ length: 51 }, (_, i) => `p${i}`) }, merchantAt(), 'VALIDATION_FAILED'],
        ['an unknown field', { ...base, status: 101 }, merchantAt(), 'VALIDATION_FAILED'],
      ]
      for (const [why, data, options, code] of cases) {
        const answer = await call(database, 'merchant', 'saveLiveRoom', data, options)
        expect([why, answer.body.ok ? 'ok' : answer.body.error.code]).toEqual([why, code])
      }
      expect(await database.db.select().from(liveRooms)).toEqual(before)
    })

    it('asks WeChat for the room number, and refuses one WeChat does not know', async () => {
      const ctx = testCtx(database, merchantAt())
      const wechatLike: Platform = {
        ...ctx.platform,
        live: {
          minSyncIntervalMs: 0,
          async openRoom() {
            throw new (await import('../../src/domain/errors')).AppError('VALIDATION_FAILED', '请先在「小程序直播」后台创建直播间，再填写它的房间号')
          },
          async getRooms(rooms) {
            return rooms
              .filter((r) => r.platformRoomId === '1024')
              .map((r) => ({ platformRoomId: '1024', name: 'x', cover: 'https://wx/cover.jpg', anchorName: '主播', status: 102, startAt: r.startAt, endAt: r.endAt }))
          },
        },
      }
      const data = { storeId: DEMO_STORE_ID, title: '微信直播', startAt: T0.toISOString(), endAt: new Date(T0.getTime() + HOUR).toISOString(), productIds: [] }
      const ask = (extra: Record<string, unknown>) => dispatch(registry, 'merchant', { action: 'saveLiveRoom', data: { ...data, ...extra } }, { ...ctx, platform: wechatLike })
      expect((await ask({})).body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('房间号') } })
      expect((await ask({ platformRoomId: '999' })).body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
      const saved = await ask({ platformRoomId: '1024' })
      expect(saved.body).toMatchObject({ ok: true, data: { platformRoomId: '1024', status: 102, anchorName: '主播', cover: 'https://wx/cover.jpg' } })
    })
  })

  describe('live.listRooms and live.getRoom', () => {
    it('lists a store’s rooms to anyone, hides banned rooms from shoppers but not from the owner', async () => {
      const banned = await saveRoom(-30 * MINUTE, { title: '违规直播间' })
      await database.db.update(liveRooms).set({ status: 104 }).where(eq(liveRooms.id, banned.id))
      const shopper = await callOk(database, 'live', 'listRooms', { storeId: DEMO_STORE_ID }, as(undefined))
      expect(shopper.items.length).toBeGreaterThan(0)
      expect(shopper.items.every((r: any) => r.storeId === DEMO_STORE_ID && r.status !== 104)).toBe(true)
      const owner = await callOk(database, 'live', 'listRooms', { storeId: DEMO_STORE_ID }, merchantAt())
      expect(owner.items.map((r: any) => r.id)).toContain(banned.id)
      // A banned room can still be opened: the page says why it cannot be watched.
      expect(await callOk(database, 'live', 'getRoom', { roomId: banned.id }, as('shopper-a'))).toMatchObject({ id: banned.id, status: 104 })
      expect((await callOk(database, 'live', 'listRooms', { storeId: 'other' })).items).toEqual([])
      expect((await call(database, 'live', 'listRooms', { storeId: 'nope' })).status).toBe(404)
    })

    it('counts each shopper once as a viewer of a room that can be watched', async () => {
      const live = await saveRoom(-MINUTE)
      const preview = await saveRoom(HOUR)
      for (const openid of ['v1', 'v1', 'v2', undefined]) await callOk(database, 'live', 'getRoom', { roomId: live.id }, as(openid))
      await callOk(database, 'live', 'getRoom', { roomId: preview.id }, as('v1'))
      expect((await roomRow(live.id)).viewers).toBe(2)
      expect((await roomRow(preview.id)).viewers).toBe(0)
      expect((await call(database, 'live', 'getRoom', { roomId: 'missing' })).status).toBe(404)
    })
  })

  describe('timer.syncLiveRooms', () => {
    it('moves rooms along their schedule: 预告 → 直播中 → 已结束', async () => {
      const room = await saveRoom(HOUR)
      expect(room.status).toBe(102)
      const sync = (ms: number) => callOk(database, 'timer', 'syncLiveRooms', {}, platformAt(ms))
      expect((await sync(30 * MINUTE)).skipped).toBe(false)
      expect((await roomRow(room.id)).status).toBe(102)
      await sync(HOUR + MINUTE)
      expect((await roomRow(room.id)).status).toBe(101)
      await sync(3 * HOUR + MINUTE)
      const ended = await roomRow(room.id)
      expect(ended.status).toBe(103)
      expect(ended.statusChangedAt?.toISOString()).toBe(new Date(T0.getTime() + 3 * HOUR + MINUTE).toISOString())
    })

    it('is the platform’s alone', async () => {
      const answer = await call(database, 'timer', 'syncLiveRooms', {}, as('shopper-a'))
      expect(answer.status).toBe(403)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    })

    it('takes statuses the page cannot act on from the platform, and stops following final ones', async () => {
      const room = await saveRoom(-MINUTE, { title: '会被封禁的直播' })
      const base = testCtx(database, platformAt(2 * MINUTE))
      const askedFor: string[][] = []
      const platform: Platform = {
        ...base.platform,
        live: {
          ...base.platform.live,
          async getRooms(rooms, now) {
            const real = await base.platform.live.getRooms(rooms, now)
            askedFor.push(rooms.map((r) => r.platformRoomId))
            return real.map((r) => (r.platformRoomId === room.platformRoomId ? { ...r, status: 104 } : r))
          },
        },
      }
      const run = () => dispatch(registry, 'timer', { action: 'syncLiveRooms', data: {} }, { ...base, platform })
      expect((await run()).body.ok).toBe(true)
      expect((await roomRow(room.id)).status).toBe(104)
      expect(askedFor[0]).toContain(room.platformRoomId)
      await run()
      expect(askedFor[1].length).toBeGreaterThan(0)
      expect(askedFor[1]).not.toContain(room.platformRoomId)
      expect((await roomRow(room.id)).status).toBe(104)
    })

    it('keeps to the platform’s quota: a second sync within the interval does not call it', async () => {
      const base = testCtx(database, platformAt(0))
      let calls = 0
      const platform: Platform = {
        ...base.platform,
        live: {
          ...base.platform.live,
          minSyncIntervalMs: 5 * MINUTE,
          async getRooms(rooms, now) {
            calls++
            return base.platform.live.getRooms(rooms, now)
          },
        },
      }
      const run = (ms: number) => dispatch(registry, 'timer', { action: 'syncLiveRooms', data: {} }, { ...base, now: at(ms + 100 * HOUR), platform })
      expect((await run(0)).body).toMatchObject({ ok: true, data: { skipped: false } })
      expect((await run(MINUTE)).body).toMatchObject({ ok: true, data: { skipped: true } })
      expect((await run(6 * MINUTE)).body).toMatchObject({ ok: true, data: { skipped: false } })
      expect(calls).toBe(2)
    })
  })

  describe('开播提醒', () => {
    it('is sent once per subscriber when the room goes live, however often the sync runs', async () => {
      const room = await saveRoom(2 * HOUR, { title: '一场很长很长很长很长很长很长很长很长的直播名字' })
      for (const openid of ['fan-1', 'fan-2', 'fan-1']) {
        expect(await callOk(database, 'live', 'subscribe', { roomId: room.id }, as(openid))).toMatchObject({ id: room.id, subscribed: true })
      }
      expect((await callOk(database, 'live', 'getRoom', { roomId: room.id }, as('fan-3'))).subscribed).toBe(false)
      const mine = () => database.db.select().from(outbox).where(eq(outbox.kind, 'live_start'))
      const forRoom = async () => (await mine()).filter((m) => m.dedupeKey.startsWith(`live-start:${room.id}:`))

      const base = testCtx(database, platformAt(2 * HOUR + MINUTE))
      const sent: string[] = []
      const platform: Platform = { ...base.platform, messages: { async send(m) { sent.push(m.touser) } } }
      const sync = () => dispatch(registry, 'timer', { action: 'syncLiveRooms', data: {} }, { ...base, platform })

      // Before the start nothing is sent.
      await dispatch(registry, 'timer', { action: 'syncLiveRooms', data: {} }, { ...base, now: at(HOUR), platform })
      expect(await forRoom()).toEqual([])

      const first = await sync()
      expect(first.body).toMatchObject({ ok: true, data: { reminders: 2 } })
      await sync()
      await Promise.all([sync(), sync()])
      const messages = await forRoom()
      expect(messages.map((m) => m.touser).sort()).toEqual(['fan-1', 'fan-2'])
      expect(messages.map((m) => m.dedupeKey).sort()).toEqual([reminderKey(room.id, 'fan-1'), reminderKey(room.id, 'fan-2')])
      expect(messages.every((m) => m.sentAt !== null)).toBe(true)
      expect(sent.filter((openid) => openid.startsWith('fan-')).sort()).toEqual(['fan-1', 'fan-2'])
      expect(messages[0]).toMatchObject({
        templateId: expect.any(String),
        page: `packages/live/pages/room/index?id=${room.id}`,
        data: { thing1: { value: expect.stringMatching(/^.{1,19}…$/) }, time2: { value: '2026-11-25 22:00' }, thing3: { value: '山野小店' } },
      })
      const subscriptions = await database.db.select().from(liveSubscriptions).where(eq(liveSubscriptions.roomId, room.id))
      expect(subscriptions.every((s) => s.remindedAt !== null)).toBe(true)

      // Once live, asking for a reminder makes no sense: the shopper is told to go in.
      const late = await call(database, 'live', 'subscribe', { roomId: room.id }, as('fan-3', 2 * HOUR + MINUTE))
      expect(late.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('直播已经开始') } })
    })

    it('is sent when a merchant moves the start to now, too', async () => {
      const room = await saveRoom(HOUR)
      await callOk(database, 'live', 'subscribe', { roomId: room.id }, as('fan-9'))
      await saveRoom(-MINUTE, { roomId: room.id })
      const [message] = await database.db.select().from(outbox).where(eq(outbox.dedupeKey, reminderKey(room.id, 'fan-9')))
      expect(message).toBeDefined()
    })
  })

  describe('live.like', () => {
    it('accepts 10 likes per shopper per room in 10 seconds, then RATE_LIMITED, and counts only the accepted', async () => {
      const room = await saveRoom(-MINUTE)
      for (let i = 0; i < 10; i++) {
        const liked = await callOk(database, 'live', 'like', { roomId: room.id }, as('spammer', i * 100))
        expect(liked.likes).toBe(i + 1)
      }
      const refused = await call(database, 'live', 'like', { roomId: room.id }, as('spammer', 1_000))
      expect(refused.status).toBe(429)
      expect(refused.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
      // Someone else, or another room, is not held back by the spammer.
      expect((await callOk(database, 'live', 'like', { roomId: room.id }, as('calm', 1_000))).likes).toBe(11)
      // Once the oldest like is more than 10 s old, one more is accepted.
      expect((await callOk(database, 'live', 'like', { roomId: room.id }, as('spammer', 10_050))).likes).toBe(12)
      expect((await roomRow(room.id)).likes).toBe(12)
    })

    it('refuses likes in a room that has not started', async () => {
      const preview = await saveRoom(HOUR)
      const answer = await call(database, 'live', 'like', { roomId: preview.id }, as('shopper-a'))
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('还没开始') } })
      expect((await roomRow(preview.id)).likes).toBe(0)
    })

    // Real parallelism needs PostgreSQL; PGlite runs one statement at a time, so there the
    // same checks run in sequence with fewer likes.
    const concurrent = DATABASE_KIND === 'PostgreSQL'
    const n = concurrent ? 50 : 20
    const run = <T>(tasks: Array<() => Promise<T>>): Promise<T[]> =>
      concurrent ? Promise.all(tasks.map((t) => t())) : tasks.reduce<Promise<T[]>>(async (done, t) => [...(await done), await t()], Promise.resolve([]))

    it(`keeps the count exact under ${n} ${concurrent ? 'concurrent' : 'sequential'} likes from different shoppers`, async () => {
      const room = await saveRoom(-MINUTE)
      const answers = await run(Array.from({ length: n }, (_, i) => () => call(database, 'live', 'like', { roomId: room.id }, as(`fan-${i}`, 5_000))))
      expect(answers.filter((a) => a.body.ok)).toHaveLength(n)
      expect((await roomRow(room.id)).likes).toBe(n)
    })

    it(`accepts exactly 10 of ${n} ${concurrent ? 'concurrent' : 'sequential'} likes from one shopper`, async () => {
      const room = await saveRoom(-MINUTE)
      const answers = await run(Array.from({ length: n }, () => () => call(database, 'live', 'like', { roomId: room.id }, as('burst', 5_000))))
      const codes = answers.map((a) => (a.body.ok ? 'ok' : a.body.error.code))
      expect(codes.filter((c) => c === 'ok')).toHaveLength(10)
      expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(n - 10)
      expect((await roomRow(room.id)).likes).toBe(10)
    })
  })

  describe('live.comment and live.listComments', () => {
    it('publishes passing text, holds text needing review for its author, refuses risky text', async () => {
      const room = await saveRoom(-MINUTE)
      const ok = await callOk(database, 'live', 'comment', { roomId: room.id, text: '  这条裙子有 M 码吗？ ' }, as('asker'))
      expect(ok).toMatchObject({ roomId: room.id, text: '这条裙子有 M 码吗？', status: 'visible', mine: true, author: expect.stringMatching(/^观众 /) })
      const held = await callOk(database, 'live', 'comment', { roomId: room.id, text: '加微信私聊便宜' }, as('seller'))
      expect(held.status).toBe('held')
      const risky = await call(database, 'live', 'comment', { roomId: room.id, text: '来赌博吧' }, as('bad'))
      expect(risky.status).toBe(422)
      expect(risky.body).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })

      const rows = await database.db.select().from(comments).where(and(eq(comments.kind, 'live'), eq(comments.targetId, room.id)))
      expect(rows.map((r) => [r.authorOpenid, r.status, r.storeId])).toEqual(
        expect.arrayContaining([['asker', 'visible', DEMO_STORE_ID], ['seller', 'held', DEMO_STORE_ID]]),
      )
      expect(rows).toHaveLength(2)
      const verdicts = await database.db.select().from(contentChecks).where(eq(contentChecks.openid, 'bad'))
      expect(verdicts.map((v) => v.suggest)).toEqual(['risky'])
      expect((await roomRow(room.id)).comments).toBe(1)

      const seen = async (openid?: string) => (await callOk(database, 'live', 'listComments', { roomId: room.id }, as(openid))).items.map((c: any) => c.text)
      expect(await seen()).toEqual(['这条裙子有 M 码吗？'])
      expect(await seen('seller')).toEqual(['加微信私聊便宜', '这条裙子有 M 码吗？'])
      // The alias is stable and never the OPENID.
      const [first] = (await callOk(database, 'live', 'listComments', { roomId: room.id }, as('asker'))).items
      expect(first.author).toBe(ok.author)
      expect(first.author).not.toContain('asker')
    })

    it('pages comments newest first', async () => {
      const room = await saveRoom(-MINUTE)
      for (let i = 0; i < 5; i++) await callOk(database, 'live', 'comment', { roomId: room.id, text: `第 ${i} 条` }, as(`c${i}`))
      const first = await callOk(database, 'live', 'listComments', { roomId: room.id, limit: 3 })
      const second = await callOk(database, 'live', 'listComments', { roomId: room.id, limit: 3, cursor: first.nextCursor })
      expect([...first.items, ...second.items].map((c: any) => c.text)).toEqual(['第 4 条', '第 3 条', '第 2 条', '第 1 条', '第 0 条'])
      expect(second.nextCursor).toBeNull()
    })

    it('limits a shopper to 5 comments in 10 seconds', async () => {
      const room = await saveRoom(-MINUTE)
      for (let i = 0; i < 5; i++) await callOk(database, 'live', 'comment', { roomId: room.id, text: `刷屏 ${i}` }, as('chatty', i))
      const answer = await call(database, 'live', 'comment', { roomId: room.id, text: '再来一条' }, as('chatty', 10))
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    })

    it('refuses comments where there is nothing to watch, and recounts after the merchant deletes one', async () => {
      const preview = await saveRoom(HOUR)
      expect((await call(database, 'live', 'comment', { roomId: preview.id, text: '期待' }, as('a'))).status).toBe(400)
      const room = await saveRoom(-MINUTE)
      const c1 = await callOk(database, 'live', 'comment', { roomId: room.id, text: '好看' }, as('a'))
      await callOk(database, 'live', 'comment', { roomId: room.id, text: '想要' }, as('b'))
      expect((await roomRow(room.id)).comments).toBe(2)
      // As merchant.deleteComment does: the row stays, marked deleted.
      await database.db.update(comments).set({ status: 'deleted' }).where(eq(comments.id, c1.id))
      await callOk(database, 'timer', 'syncLiveRooms', {}, platformAt(MINUTE))
      expect((await roomRow(room.id)).comments).toBe(1)
    })
  })

  describe('bad input to every live action', () => {
    const actions = ['listRooms', 'getRoom', 'subscribe', 'like', 'comment', 'listComments']
    const bad: Array<[string, unknown]> = [
      ['nothing', {}],
      ['a number for an id', { roomId: 42, storeId: 42 }],
      ['an id with spaces', { roomId: 'a b', storeId: 'a b' }],
      ['an id too long', { roomId: 'x'.repeat(65), storeId: 'x'.repeat(65) }],
      ['an unknown field', { roomId: 'r', storeId: 's', text: 'hi', extra: true }],
      ['an array', [1, 2]],
      ['a string', 'roomId'],
    ]
    it.each(actions.flatMap((action) => bad.map(([why, data]) => [action, why, data] as const)))('%s with %s → 4xx with a code', async (action, _why, data) => {
      const before = await database.db.select().from(liveRooms)
      const answer = await call(database, 'live', action, data, as('shopper-a'))
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
      expect(answer.body.ok).toBe(false)
      if (!answer.body.ok) expect(ERROR_CODES).toContain(answer.body.error.code)
      expect(await database.db.select().from(liveRooms)).toEqual(before)
    })

    it.each([
      ['comment', { roomId: 'r', text: '' }],
      ['comment', { roomId: 'r', text: '   ' }],
      ['comment', { roomId: 'r', text: '长'.repeat(201) }],
      ['comment', { roomId: 'r', text: 7 }],
      ['listComments', { roomId: 'r', cursor: '!!' }],
      ['listComments', { roomId: 'r', limit: 0 }],
      ['listComments', { roomId: 'r', limit: 51 }],
    ])('%s with %j → VALIDATION_FAILED', async (action, data) => {
      const answer = await call(database, 'live', action, data, as('shopper-a'))
      expect(answer.status).toBe(400)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    })

    it.each(['subscribe', 'like', 'comment'])('%s needs a known shopper', async (action) => {
      const room = await saveRoom(-MINUTE)
      const answer = await call(database, 'live', action, { roomId: room.id, ...(action === 'comment' ? { text: '你好' } : {}) }, as(undefined))
      expect(answer.status).toBe(401)
    })

    it.each(['getRoom', 'subscribe', 'like', 'listComments'])('%s of an unknown room → NOT_FOUND', async (action) => {
      const answer = await call(database, 'live', action, { roomId: 'missing' }, as('shopper-a'))
      expect(answer.status).toBe(404)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    })
  })
})
