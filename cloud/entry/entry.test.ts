import { eq } from 'drizzle-orm'
import { parseQueryString } from '../../src/domain/entry-codec'
import type { RequestOf } from '../../src/services/contract'
import { call, callOk, DATABASE_KIND, openTestDatabase, type CallOptions } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { newId } from '../db/ids'
import { entryCodes, liveRooms, posts, products, skus, stores, visits } from '../db/schema'
import { DEMO_MERCHANT_OPENID, DEMO_STORE_ID, seedDemoStore } from '../seed/demo-store'
import { RATE_LIMITS } from '../limits/rate-limits'

const MERCHANT = { openid: DEMO_MERCHANT_OPENID }
const SHOPPER = { openid: 'shopper-a' }
let launchSeq = 0
const launchId = () => `launch-${process.pid}-${++launchSeq}-${newId(6)}`

describe(`entry (${DATABASE_KIND})`, () => {
  let database: Database
  let productId: string
  let otherProductId: string
  let roomId: string
  let otherRoomId: string
  let otherPostId: string

  const visit = (data: Omit<RequestOf<'entry', 'recordVisit'>, 'launchId'>, options: CallOptions = SHOPPER) =>
    callOk(database, 'entry', 'recordVisit', { launchId: launchId(), ...data }, options)

  beforeAll(async () => {
    database = await openTestDatabase()
    await seedDemoStore(database.db)
    const [first] = await database.db.select().from(products).where(eq(products.storeId, DEMO_STORE_ID)).limit(1)
    productId = first.id
    await database.db.insert(stores).values({ id: 'other', ownerOpenid: 'other-owner', name: '隔壁小铺' })
    otherProductId = newId()
    await database.db.insert(products).values({ id: otherProductId, storeId: 'other', title: '隔壁的杯子', status: 'on_sale' })
    await database.db.insert(skus).values({ id: newId(), productId: otherProductId, price: 500, stock: 3 })
    const room = (storeId: string) => {
      const id = newId()
      const startAt = new Date(Date.now() + 3_600_000)
      return database.db
        .insert(liveRooms)
        .values({ id, storeId, platformRoomId: `twin-${id}`, title: '上新直播', startAt, endAt: new Date(startAt.getTime() + 3_600_000) })
        .then(() => id)
    }
    roomId = await room(DEMO_STORE_ID)
    otherRoomId = await room('other')
    otherPostId = newId()
    await database.db.insert(posts).values({ id: otherPostId, storeId: 'other', kind: 'article', title: '隔壁的上新' })
  }, 60_000)
  afterAll(() => database.close())

  describe('a code or link opens the same place, with the same campaign', () => {
    it.each([
      ['store', () => ({}), (e: any) => expect(e).toMatchObject({ storeId: DEMO_STORE_ID })],
      ['product', () => ({ productId }), (e: any) => expect(e).toMatchObject({ storeId: DEMO_STORE_ID, productId })],
      ['live room', () => ({ roomId }), (e: any) => expect(e).toMatchObject({ storeId: DEMO_STORE_ID, roomId })],
    ])('for a %s', async (_kind, target, expectTarget) => {
      const campaign = `门店收银台${launchSeq}`
      const code = await callOk(database, 'entry', 'createQrCode', { storeId: DEMO_STORE_ID, ...target(), campaign }, MERCHANT)
      expect(code.scene?.length).toBeLessThanOrEqual(32)
      expect(decodeURIComponent(code.scene!)).toBe(code.scene)
      expect(code.path).not.toMatch(/^\/|\?/)
      expect(code.image).toMatch(/^\/files\/wxacode\/[A-Za-z0-9_-]+\.png$/)

      const scanned = await visit({ scene: 1047, path: code.path, query: { scene: encodeURIComponent(code.scene!) } })
      expect(scanned.entry).toMatchObject({ source: 'wxacode', scene: 1047, campaign, code: code.id })
      expectTarget(scanned.entry)

      const link = await callOk(database, 'entry', 'createLink', { storeId: DEMO_STORE_ID, ...target(), campaign, channel: 'weibo' }, MERCHANT)
      expect(Object.values(link.query).every((v) => typeof v === 'string')).toBe(true)
      const opened = await visit({ scene: 1194, path: link.path, query: link.query })
      expect(opened.entry).toMatchObject({ source: 'weibo', scene: 1194, campaign, code: link.id })
      expectTarget(opened.entry)
      const pick = ({ storeId, productId, roomId, campaign }: any) => ({ storeId, productId, roomId, campaign })
      expect(pick(opened.entry)).toEqual(pick(scanned.entry))
    })

    it('the local link twin carries the same query in its URL, and the code twin encodes the page with its scene', async () => {
      const link = await callOk(database, 'entry', 'createLink', { storeId: DEMO_STORE_ID, productId, campaign: 'spring', channel: 'weibo' }, MERCHANT)
      expect(link.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/wxaurl\/[A-Za-z0-9_-]+$/)
      expect(link.landingUrl).toBe(`${link.url!.split('/wxaurl/')[0]}/packages/entry/pages/landing/index?c=${link.id}`)
      expect(link.scheme).toContain('/wxaurl/')
      const token = JSON.parse(Buffer.from(link.url!.split('/wxaurl/')[1], 'base64url').toString('utf8'))
      expect(token.page).toBe(link.path)
      expect(parseQueryString(token.query)).toEqual(link.query)
      expect(link.query).toEqual({ id: productId, src: 'weibo', campaign: 'spring', c: link.id })
    })

    it('a web link is src=link; expiry is the chosen number of days, at most 30', async () => {
      const now = new Date()
      const link = await callOk(database, 'entry', 'createLink', { storeId: DEMO_STORE_ID, channel: 'web', expireDays: 7 }, { ...MERCHANT, now: () => now })
      expect(link.query).toEqual({ storeId: DEMO_STORE_ID, src: 'link', c: link.id })
      expect(new Date(link.expiresAt!).getTime() - now.getTime()).toBe(7 * 86_400_000)
      const longest = await callOk(database, 'entry', 'createLink', { storeId: DEMO_STORE_ID, channel: 'web' }, { ...MERCHANT, now: () => now })
      const ahead = new Date(longest.expiresAt!).getTime() - now.getTime()
      expect(ahead).toBeLessThanOrEqual(30 * 86_400_000)
      expect(ahead).toBeGreaterThan(30 * 86_400_000 - 10 * 60_000)
      expect(longest.expired).toBe(false)
    })

    it('gives the same code again for the same target and campaign, a new one for another campaign', async () => {
      const a = await callOk(database, 'entry', 'createQrCode', { storeId: DEMO_STORE_ID, productId, campaign: '展会' }, MERCHANT)
      const b = await callOk(database, 'entry', 'createQrCode', { storeId: DEMO_STORE_ID, productId, campaign: ' 展会 ' }, MERCHANT)
      const c = await callOk(database, 'entry', 'createQrCode', { storeId: DEMO_STORE_ID, productId }, MERCHANT)
      expect(b.id).toBe(a.id)
      expect(c.id).not.toBe(a.id)
      expect(c.campaign).toBeNull()
    })

    it('trusts the code over a query that was tampered with', async () => {
      const link = await callOk(database, 'entry', 'createLink', { storeId: DEMO_STORE_ID, productId, campaign: 'spring', channel: 'weibo' }, MERCHANT)
      const forged = await visit({ scene: 1194, path: link.path, query: { ...link.query, campaign: 'fake', id: otherProductId } })
      expect(forged.entry).toMatchObject({ campaign: 'spring', productId, storeId: DEMO_STORE_ID })
    })
  })

  describe('a code names only its own store’s things (another store’s product, room or post in the query is dropped)', () => {
    it('a room link with another store’s product added to the query keeps the room, the store and the campaign', async () => {
      const link = await callOk(database, 'entry', 'createLink', { storeId: DEMO_STORE_ID, roomId, campaign: 'spring', channel: 'web' }, MERCHANT)
      const { entry } = await visit({ scene: 1194, path: link.path, query: { ...link.query, productId: otherProductId } })
      expect(entry).toEqual({ source: 'link', scene: 1194, code: link.id, storeId: DEMO_STORE_ID, roomId, campaign: 'spring' })
    })

    it('a store code with another store’s room or product in the query names neither', async () => {
      const link = await callOk(database, 'entry', 'createLink', { storeId: DEMO_STORE_ID, campaign: 'c1', channel: 'web' }, MERCHANT)
      const { entry } = await visit({ scene: 1194, path: link.path, query: { ...link.query, roomId: otherRoomId, productId: otherProductId } })
      expect(entry).toEqual({ source: 'link', scene: 1194, code: link.id, storeId: DEMO_STORE_ID, campaign: 'c1' })
    })

    it('a product code with another product of the same store in the query keeps the code’s product', async () => {
      const [second] = await database.db.select().from(products).where(eq(products.storeId, DEMO_STORE_ID)).offset(1).limit(1)
      const link = await callOk(database, 'entry', 'createLink', { storeId: DEMO_STORE_ID, productId, campaign: 'c2', channel: 'web' }, MERCHANT)
      const { entry } = await visit({ scene: 1194, path: link.path, query: { ...link.query, productId: second.id, roomId } })
      expect(entry).toEqual({ source: 'link', scene: 1194, code: link.id, storeId: DEMO_STORE_ID, productId, campaign: 'c2' })
    })

    it('a Mini Program code with another store’s post in the query stays with the code’s store', async () => {
      const qr = await callOk(database, 'entry', 'createQrCode', { storeId: DEMO_STORE_ID, campaign: 'c1' }, MERCHANT)
      const { entry } = await visit({ scene: 1047, path: qr.path, query: { scene: encodeURIComponent(qr.scene!), postId: otherPostId } })
      expect(entry).toEqual({ source: 'wxacode', scene: 1047, code: qr.id, storeId: DEMO_STORE_ID, campaign: 'c1' })
    })

    it('without a code, the first target names the store and one of another store is dropped', async () => {
      const productThenRoom = await visit({ scene: 1007, path: 'pages/product/index', query: { id: otherProductId, roomId, storeId: DEMO_STORE_ID, src: 'share' } })
      expect(productThenRoom.entry).toEqual({ source: 'share', scene: 1007, storeId: 'other', productId: otherProductId })
      const roomThenPost = await visit({ scene: 1007, path: 'packages/live/pages/index/index', query: { roomId, postId: otherPostId, src: 'share' } })
      expect(roomThenPost.entry).toEqual({ source: 'share', scene: 1007, storeId: DEMO_STORE_ID, roomId })
      // A product that does not exist belongs to no store: it names nothing.
      const ghost = await visit({ scene: 1007, path: 'pages/product/index', query: { id: 'nosuchproduct', roomId: otherRoomId, src: 'share' } })
      expect(ghost.entry).toEqual({ source: 'share', scene: 1007, storeId: 'other', roomId: otherRoomId })
    })
  })

  describe('recordVisit', () => {
    it('records one visit per launch, however often the launch is reported', async () => {
      const id = launchId()
      const data = { launchId: id, scene: 1007, path: 'pages/product/index', query: { id: productId, src: 'share', sharer: 'shopper-b' } }
      const first = await callOk(database, 'entry', 'recordVisit', data, SHOPPER)
      const again = await callOk(database, 'entry', 'recordVisit', data, SHOPPER)
      expect(again).toEqual(first)
      const rows = await database.db.select().from(visits).where(eq(visits.launchId, id))
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({ openid: 'shopper-a', source: 'share', storeId: DEMO_STORE_ID, productId, sharer: 'shopper-b' })
    })

    it('records one visit when the same launch is reported concurrently', async () => {
      const id = launchId()
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => call(database, 'entry', 'recordVisit', { launchId: id, scene: 1001 }, SHOPPER)),
      )
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200))
      expect(new Set(answers.map((a: any) => a.body.data.visitId)).size).toBe(1)
      expect(await database.db.select().from(visits).where(eq(visits.launchId, id))).toHaveLength(1)
    })

    it('scopes launch ids to the caller', async () => {
      const id = launchId()
      const a = await callOk(database, 'entry', 'recordVisit', { launchId: id }, { openid: 'shopper-a' })
      const b = await callOk(database, 'entry', 'recordVisit', { launchId: id }, { openid: 'shopper-b' })
      expect(a.visitId).not.toBe(b.visitId)
    })

    it('lets src win over the scene number: a Weibo URL Link arrives as 1194 with src=weibo', async () => {
      const { entry } = await visit({ scene: 1194, path: 'pages/product/index', query: { id: productId, src: 'weibo' } })
      expect(entry).toEqual({ source: 'weibo', scene: 1194, productId, storeId: DEMO_STORE_ID })
    })

    it('turns a malformed code scene into a direct visit, recorded all the same', async () => {
      const { visitId, entry } = await visit({ scene: 1047, query: { scene: '%E0%A4%A' } })
      expect(entry).toEqual({ source: 'direct', scene: 1047 })
      expect(await database.db.select().from(visits).where(eq(visits.id, visitId))).toHaveLength(1)
    })

    it('answers the caller’s own id to share with, and drops a sharer who opens their own share', async () => {
      const own = await visit({ scene: 1007, path: 'pages/product/index', query: { id: productId, sharer: 'shopper-a' } })
      expect(own.sharer).toBe('shopper-a')
      expect(own.entry.sharer).toBeUndefined()
    })

    it('credits a live room or a post to the store it belongs to, whatever store the query names', async () => {
      const room = await visit({ scene: 1007, path: 'packages/live/pages/index/index', query: { roomId: otherRoomId, storeId: DEMO_STORE_ID, src: 'share' } })
      expect(room.entry).toMatchObject({ storeId: 'other', roomId: otherRoomId })
      const post = await visit({ scene: 1007, path: 'packages/post/pages/detail/index', query: { postId: otherPostId, storeId: DEMO_STORE_ID, src: 'share' } })
      expect(post.entry.storeId).toBe('other')
      const missing = await visit({ scene: 1007, path: 'packages/live/pages/index/index', query: { roomId: 'nosuchroom', storeId: DEMO_STORE_ID, src: 'share' } })
      expect(missing.entry.roomId).toBeUndefined()
      // A room of another store around this store's product is not this product's room.
      const mixed = await visit({ scene: 1007, path: 'pages/product/index', query: { id: productId, room: otherRoomId, src: 'live' } })
      expect(mixed.entry).toMatchObject({ storeId: DEMO_STORE_ID, productId })
      expect(mixed.entry.roomId).toBeUndefined()
    })

    it('drops a store that does not exist', async () => {
      const { entry } = await visit({ scene: 1007, path: 'pages/home/index', query: { storeId: 'nosuchstore', src: 'share' } })
      expect(entry).toEqual({ source: 'share', scene: 1007 })
    })

    it('an unknown code is left out, the rest of the entry kept', async () => {
      const { entry } = await visit({ scene: 1047, query: { scene: encodeURIComponent(`p=${productId}&c=nosuchcode`) } })
      expect(entry).toEqual({ source: 'wxacode', scene: 1047, productId, storeId: DEMO_STORE_ID })
    })

    describe('anonymous floods', () => {
      // 300 calls one after another: seconds on a loaded machine, beyond jest's default 5 s.
      const FLOOD_TIMEOUT_MS = 60_000
      let storeSeq = 0
      const floodedStore = async () => {
        const id = `flooded${++storeSeq}`
        await database.db.insert(stores).values({ id, ownerOpenid: 'flood-owner', name: '被刷的小店' })
        return id
      }
      const anonymous = (storeId: string, options: CallOptions) =>
        call(database, 'entry', 'recordVisit', {
          launchId: launchId(),
          scene: 1154,
          path: 'pages/home/index',
          query: { storeId, src: 'moments' },
          anonymousId: `anon-${newId(20)}`,
        }, options)
      const visitorsOf = async (storeId: string) =>
        (await callOk(database, 'merchant', 'stats', { storeId, period: 'today' }, { openid: 'flood-owner' })).totals.visitors as number
      const codes = (answers: Array<{ body: any }>) =>
        answers.reduce<Record<string, number>>((count, a) => {
          const code = a.body.ok ? 'ok' : a.body.error.code
          return { ...count, [code]: (count[code] ?? 0) + 1 }
        }, {})

      it(`300 visits with made-up device ids from one address in 1.2 s: ${RATE_LIMITS.anonymousVisits.perAddress.limit} counted, the rest RATE_LIMITED and not stored`, async () => {
        const storeId = await floodedStore()
        const start = Date.now()
        const answers = []
        for (let i = 0; i < 300; i++) {
          const now = new Date(start + i * 4)
          answers.push(await anonymous(storeId, { clientIp: '203.0.113.50', now: () => now }))
        }
        expect(codes(answers)).toEqual({ ok: RATE_LIMITS.anonymousVisits.perAddress.limit, RATE_LIMITED: 300 - RATE_LIMITS.anonymousVisits.perAddress.limit })
        expect(answers.find((a) => !a.body.ok)?.status).toBe(429)
        expect(await database.db.select().from(visits).where(eq(visits.storeId, storeId))).toHaveLength(RATE_LIMITS.anonymousVisits.perAddress.limit)
        expect(await visitorsOf(storeId)).toBe(RATE_LIMITS.anonymousVisits.perAddress.limit)
        // The same address is counted again once the window has passed; a signed-in shopper never was limited.
        const later = new Date(start + RATE_LIMITS.anonymousVisits.perAddress.windowMs + 2000)
        expect((await anonymous(storeId, { clientIp: '203.0.113.50', now: () => later })).body.ok).toBe(true)
        expect((await visit({ scene: 1007, path: 'pages/home/index', query: { storeId, src: 'share' } }, { openid: 'real-shopper', clientIp: '203.0.113.50', now: () => new Date(start) })).entry.storeId).toBe(storeId)
      }, FLOOD_TIMEOUT_MS)

      it('an IPv6 client cannot escape by changing addresses inside its /64', async () => {
        const storeId = await floodedStore()
        const now = new Date()
        const answers = []
        for (let i = 0; i < RATE_LIMITS.anonymousVisits.perAddress.limit + 10; i++) {
          answers.push(await anonymous(storeId, { clientIp: `2001:db8:77:1::${(i + 1).toString(16)}`, now: () => now }))
        }
        expect(codes(answers)).toEqual({ ok: RATE_LIMITS.anonymousVisits.perAddress.limit, RATE_LIMITED: 10 })
      })

      it(`300 visits to one store from 300 addresses: at most ${RATE_LIMITS.anonymousVisits.perStore.limit} counted; another store is not held up`, async () => {
        const storeId = await floodedStore()
        const calm = await floodedStore()
        const now = new Date()
        const answers = []
        for (let i = 0; i < 300; i++) answers.push(await anonymous(storeId, { clientIp: `198.18.${i >> 8}.${i & 255}`, now: () => now }))
        expect(codes(answers)).toEqual({ ok: RATE_LIMITS.anonymousVisits.perStore.limit, RATE_LIMITED: 300 - RATE_LIMITS.anonymousVisits.perStore.limit })
        expect(await visitorsOf(storeId)).toBe(RATE_LIMITS.anonymousVisits.perStore.limit)
        expect((await anonymous(calm, { clientIp: '198.18.200.1', now: () => now })).body.ok).toBe(true)
      }, FLOOD_TIMEOUT_MS)

      it('a launch reported again is answered from its first report, even beyond the limit', async () => {
        const storeId = await floodedStore()
        const now = new Date()
        const data = { launchId: launchId(), scene: 1154, query: { storeId, src: 'moments' }, anonymousId: `anon-${newId(20)}` }
        const first = await callOk(database, 'entry', 'recordVisit', data, { clientIp: '203.0.113.80', now: () => now })
        for (let i = 0; i < RATE_LIMITS.anonymousVisits.perAddress.limit; i++) await anonymous(storeId, { clientIp: '203.0.113.80', now: () => now })
        expect((await anonymous(storeId, { clientIp: '203.0.113.80', now: () => now })).body.ok).toBe(false)
        expect((await callOk(database, 'entry', 'recordVisit', data, { clientIp: '203.0.113.80', now: () => now })).visitId).toBe(first.visitId)
      })
    })

    describe('without identity (single-page mode)', () => {
      it('is UNAUTHENTICATED without an anonymous device id', async () => {
        const answer = await call(database, 'entry', 'recordVisit', { launchId: launchId(), scene: 1154 }, {})
        expect(answer.status).toBe(401)
        expect(answer.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
      })

      it('records under the device id, idempotently, and offers nothing to share as', async () => {
        const data = { launchId: launchId(), scene: 1154, path: 'pages/product/index', query: { id: productId, src: 'moments', sharer: 'shopper-b' }, anonymousId: 'dev1ce-0123456789abcdef' }
        const first = await callOk(database, 'entry', 'recordVisit', data, {})
        const again = await callOk(database, 'entry', 'recordVisit', data, {})
        expect(again.visitId).toBe(first.visitId)
        expect(first).toMatchObject({ sharer: null, entry: { source: 'moments', scene: 1154, sharer: 'shopper-b', productId } })
        const [row] = await database.db.select().from(visits).where(eq(visits.id, first.visitId))
        expect(row.openid).toBe('anon:dev1ce-0123456789abcdef')
      })

      it('ignores the device id when the platform names the caller', async () => {
        const { visitId } = await visit({ anonymousId: 'dev1ce-0123456789abcdef' })
        const [row] = await database.db.select().from(visits).where(eq(visits.id, visitId))
        expect(row.openid).toBe('shopper-a')
      })
    })
  })

  describe('a shopper’s poster code', () => {
    it('opens the product and names the shopper as sharer; one code per shopper and product', async () => {
      const poster = await callOk(database, 'entry', 'createPosterCode', { productId }, { openid: 'poster-maker' })
      const again = await callOk(database, 'entry', 'createPosterCode', { productId }, { openid: 'poster-maker' })
      expect(again).toEqual(poster)
      expect(poster.scene.length).toBeLessThanOrEqual(32)
      const scanned = await visit({ scene: 1048, query: { scene: encodeURIComponent(poster.scene) } }, { openid: 'friend' })
      expect(scanned.entry).toEqual({ source: 'wxacode', scene: 1048, productId, storeId: DEMO_STORE_ID, code: poster.id, sharer: 'poster-maker' })
      const self = await visit({ scene: 1048, query: { scene: encodeURIComponent(poster.scene) } }, { openid: 'poster-maker' })
      expect(self.entry.sharer).toBeUndefined()
    })

    it('is not listed among the merchant’s codes', async () => {
      const poster = await callOk(database, 'entry', 'createPosterCode', { productId }, { openid: 'poster-maker-2' })
      const listed = await callOk(database, 'entry', 'listCodes', { storeId: DEMO_STORE_ID, limit: 50 }, MERCHANT)
      expect(listed.items.map((c: any) => c.id)).not.toContain(poster.id)
    })

    it(`is limited to ${RATE_LIMITS.posterCodes.limit} new codes an hour per shopper`, async () => {
      const openid = `poster-spammer-${newId(4)}`
      const ids: string[] = []
      for (let i = 0; i <= RATE_LIMITS.posterCodes.limit; i++) {
        const id = newId()
        await database.db.insert(products).values({ id, storeId: DEMO_STORE_ID, title: `海报 ${i}`, status: 'on_sale' })
        ids.push(id)
      }
      for (const id of ids.slice(0, RATE_LIMITS.posterCodes.limit)) await callOk(database, 'entry', 'createPosterCode', { productId: id }, { openid })
      const over = await call(database, 'entry', 'createPosterCode', { productId: ids[RATE_LIMITS.posterCodes.limit] }, { openid })
      expect(over.status).toBe(429)
      expect(over.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    })

    it('is NOT_FOUND for a product shoppers cannot see', async () => {
      const draft = newId()
      await database.db.insert(products).values({ id: draft, storeId: DEMO_STORE_ID, title: '草稿', status: 'draft' })
      const answer = await call(database, 'entry', 'createPosterCode', { productId: draft }, SHOPPER)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    })
  })

  describe('codes and links belong to the store’s owner', () => {
    it.each([
      ['createQrCode', { storeId: DEMO_STORE_ID }],
      ['createLink', { storeId: DEMO_STORE_ID, channel: 'weibo' }],
      ['listCodes', { storeId: DEMO_STORE_ID }],
      ['listVisits', { storeId: DEMO_STORE_ID }],
    ])('%s for another’s store is FORBIDDEN and changes nothing', async (action, data) => {
      const before = await database.db.select().from(entryCodes)
      for (const openid of ['shopper-a', 'other-owner']) {
        const answer = await call(database, 'entry', action, data, { openid })
        expect(answer.status).toBe(403)
        expect(answer.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      }
      expect(await database.db.select().from(entryCodes)).toHaveLength(before.length)
    })

    it.each([
      ['createQrCode', () => ({ storeId: DEMO_STORE_ID })],
      ['createLink', () => ({ storeId: DEMO_STORE_ID, channel: 'web' })],
      ['listCodes', () => ({ storeId: DEMO_STORE_ID })],
      ['listVisits', () => ({ storeId: DEMO_STORE_ID })],
      ['createPosterCode', () => ({ productId })],
    ])('%s is UNAUTHENTICATED without identity', async (action, data) => {
      const answer = await call(database, 'entry', action, data(), {})
      expect(answer.status).toBe(401)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    })

    it('is NOT_FOUND for an unknown store, or a product of another store', async () => {
      const unknown = await call(database, 'entry', 'createQrCode', { storeId: 'nostore' }, MERCHANT)
      expect(unknown.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      const foreign = await call(database, 'entry', 'createLink', { storeId: DEMO_STORE_ID, productId: otherProductId, channel: 'web' }, MERCHANT)
      expect(foreign.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    })

    it.each([
      ['createQrCode', 'another store’s live room', () => ({ roomId: otherRoomId })],
      ['createLink', 'another store’s live room', () => ({ roomId: otherRoomId, channel: 'weibo' })],
      ['createQrCode', 'a live room that does not exist', () => ({ roomId: 'nosuchroom' })],
      ['createLink', 'a live room that does not exist', () => ({ roomId: 'nosuchroom', channel: 'web' })],
      ['createQrCode', 'another store’s product', () => ({ productId: otherProductId })],
    ])('%s pointing at %s is NOT_FOUND and stores nothing', async (action, _what, target) => {
      const before = await database.db.select().from(entryCodes)
      const answer = await call(database, 'entry', action, { storeId: DEMO_STORE_ID, campaign: '借别家直播', ...target() }, MERCHANT)
      expect(answer.status).toBe(404)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      expect(await database.db.select().from(entryCodes)).toHaveLength(before.length)
    })

    it('codes do not point at posts: a postId is refused, nothing stored', async () => {
      const before = await database.db.select().from(entryCodes)
      for (const action of ['createQrCode', 'createLink']) {
        const answer = await call(database, 'entry', action, { storeId: DEMO_STORE_ID, postId: otherPostId, channel: 'web' }, MERCHANT)
        expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
      }
      expect(await database.db.select().from(entryCodes)).toHaveLength(before.length)
    })
  })

  describe('listCodes and listVisits', () => {
    it('lists the store’s codes newest first, page by page, with the visits each brought', async () => {
      const storeId = `s${newId(6)}`
      await database.db.insert(stores).values({ id: storeId, ownerOpenid: 'lister', name: '列表店' })
      const made: string[] = []
      for (let i = 0; i < 5; i++) {
        const made1 = i % 2
          ? await callOk(database, 'entry', 'createLink', { storeId, campaign: `c${i}`, channel: 'web' }, { openid: 'lister' })
          : await callOk(database, 'entry', 'createQrCode', { storeId, campaign: `c${i}` }, { openid: 'lister' })
        made.push(made1.id)
      }
      const [qr] = await database.db.select().from(entryCodes).where(eq(entryCodes.id, made[0]))
      for (let i = 0; i < 3; i++) await visit({ scene: 1047, query: { scene: qr.scene! } })

      const seen: any[] = []
      let cursor: string | null = null
      do {
        const page: any = await callOk(database, 'entry', 'listCodes', { storeId, limit: 2, cursor }, { openid: 'lister' })
        seen.push(...page.items)
        cursor = page.nextCursor
      } while (cursor)
      expect(seen.map((c) => c.id)).toEqual([...made].reverse())
      expect(seen.find((c) => c.id === made[0])).toMatchObject({ kind: 'qr', visits: 3, campaign: 'c0', url: null })
      expect(seen.find((c) => c.id === made[1])).toMatchObject({ kind: 'link', visits: 0, image: null, expired: false })
      const links = await callOk(database, 'entry', 'listCodes', { storeId, kind: 'link' }, { openid: 'lister' })
      expect(links.items.map((c: any) => c.id)).toEqual([made[3], made[1]])

      const visitsPage = await callOk(database, 'entry', 'listVisits', { storeId, source: 'wxacode' }, { openid: 'lister' })
      expect(visitsPage.items).toHaveLength(3)
      expect(visitsPage.items[0]).toMatchObject({ source: 'wxacode', campaign: 'c0', code: made[0] })
      expect(visitsPage.items[0]).not.toHaveProperty('openid')
    })
  })

  describe('getLink (the landing page’s view)', () => {
    it('answers a link to anyone, and says plainly when it has expired', async () => {
      const now = new Date()
      const link = await callOk(database, 'entry', 'createLink', { storeId: DEMO_STORE_ID, productId, channel: 'weibo', expireDays: 1 }, { ...MERCHANT, now: () => now })
      const fresh = await callOk(database, 'entry', 'getLink', { id: link.id }, {})
      expect(fresh).toMatchObject({ id: link.id, productId, url: link.url, expired: false, query: link.query })
      const later = () => new Date(now.getTime() + 86_400_000)
      const stale = await callOk(database, 'entry', 'getLink', { id: link.id }, { now: later })
      expect(stale).toMatchObject({ id: link.id, productId, url: null, expired: true, query: {} })
      const listed = await callOk(database, 'entry', 'listCodes', { storeId: DEMO_STORE_ID, kind: 'link', limit: 50 }, { ...MERCHANT, now: later })
      expect(listed.items.find((c: any) => c.id === link.id)).toMatchObject({ expired: true, url: null })
    })

    it('is NOT_FOUND for an unknown id or a QR code’s id', async () => {
      const qr = await callOk(database, 'entry', 'createQrCode', { storeId: DEMO_STORE_ID, campaign: '仅码' }, MERCHANT)
      for (const id of ['nosuchlink', qr.id]) {
        const answer = await call(database, 'entry', 'getLink', { id })
        expect(answer.status).toBe(404)
      }
    })
  })

  describe('bad input to every entry action is a 4xx with a code, and changes nothing', () => {
    const long = 'x'.repeat(65)
    it.each([
      ['recordVisit', {}],
      ['recordVisit', { launchId: 'short' }],
      ['recordVisit', { launchId: 'bad launch id!' }],
      ['recordVisit', { launchId: 'launch-ok-1', scene: 'abc' }],
      ['recordVisit', { launchId: 'launch-ok-1', scene: 12 }],
      ['recordVisit', { launchId: 'launch-ok-1', scene: 1047.5 }],
      ['recordVisit', { launchId: 'launch-ok-1', query: 'id=1' }],
      ['recordVisit', { launchId: 'launch-ok-1', query: { id: 42 } }],
      ['recordVisit', { launchId: 'launch-ok-1', query: { id: 'x'.repeat(1025) } }],
      ['recordVisit', { launchId: 'launch-ok-1', query: Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`k${i}`, 'v'])) }],
      ['recordVisit', { launchId: 'launch-ok-1', path: 'p'.repeat(257) }],
      ['recordVisit', { launchId: 'launch-ok-1', anonymousId: 'short' }],
      ['recordVisit', { launchId: 'launch-ok-1', openid: 'someone-else' }],
      ['recordVisit', { launchId: 'launch-ok-1', referrerInfo: { extraData: { a: { b: 1 } } } }],
      ['createQrCode', {}],
      ['createQrCode', { storeId: "demo' --" }],
      ['createQrCode', { storeId: DEMO_STORE_ID, productId: 'p1', roomId: 'r1' }],
      ['createQrCode', { storeId: DEMO_STORE_ID, campaign: '' }],
      ['createQrCode', { storeId: DEMO_STORE_ID, campaign: '   ' }],
      ['createQrCode', { storeId: DEMO_STORE_ID, campaign: 'x'.repeat(21) }],
      ['createQrCode', { storeId: DEMO_STORE_ID, campaign: 42 }],
      ['createQrCode', { storeId: DEMO_STORE_ID, width: 430 }],
      ['createLink', { storeId: DEMO_STORE_ID }],
      ['createLink', { storeId: DEMO_STORE_ID, channel: 'tiktok' }],
      ['createLink', { storeId: DEMO_STORE_ID, channel: 'weibo', expireDays: 31 }],
      ['createLink', { storeId: DEMO_STORE_ID, channel: 'weibo', expireDays: 0 }],
      ['createLink', { storeId: DEMO_STORE_ID, channel: 'weibo', expireDays: 1.5 }],
      ['createLink', { storeId: DEMO_STORE_ID, channel: 'weibo', productId: long }],
      ['listCodes', {}],
      ['listCodes', { storeId: DEMO_STORE_ID, kind: 'poster' }],
      ['listCodes', { storeId: DEMO_STORE_ID, cursor: 'not a cursor!' }],
      ['listCodes', { storeId: DEMO_STORE_ID, limit: 1000 }],
      ['listVisits', { storeId: DEMO_STORE_ID, source: 'tiktok' }],
      ['listVisits', { storeId: DEMO_STORE_ID, limit: 0 }],
      ['getLink', {}],
      ['getLink', { id: ['x'] }],
      ['createPosterCode', {}],
      ['createPosterCode', { productId: long }],
    ])('%s (case %#)', async (action, data) => {
      const codesBefore = (await database.db.select().from(entryCodes)).length
      const visitsBefore = (await database.db.select().from(visits)).length
      const answer = await call(database, 'entry', action, data, MERCHANT)
      expect(answer.status).toBe(400)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
      expect((await database.db.select().from(entryCodes)).length).toBe(codesBefore)
      expect((await database.db.select().from(visits)).length).toBe(visitsBefore)
    })

    it('an unknown action is refused', async () => {
      const answer = await call(database, 'entry', 'deleteEverything', {}, MERCHANT)
      expect(answer.status).toBe(400)
    })
  })
})
