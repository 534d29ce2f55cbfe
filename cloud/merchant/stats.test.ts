import { sql } from 'drizzle-orm'
import { addProduct, insertOrder, insertVisit, openStore, orderRequest, paidOrder } from '../../tests/support/fixtures'
import type { RequestOf } from '../../src/services/contract'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { rowsOf } from '../db/rows'
import { newId } from '../db/ids'
import { liveRooms, posts } from '../db/schema'

const OWNER = 'stats-owner'
// 12:00 on 10 March in Shanghai; "today" began at 2026-03-09T16:00Z.
const NOW = new Date('2026-03-10T04:00:00Z')
const at = (iso: string) => new Date(iso)
const TODAY = at('2026-03-10T01:00:00Z')

describe(`merchant.stats: visitors and sales by source and campaign, to the fen (${DATABASE_KIND})`, () => {
  let database: Database
  let storeId: string
  const stats = (period: RequestOf<'merchant', 'stats'>['period']) => callOk(database, 'merchant', 'stats', { storeId, period }, { openid: OWNER, now: () => NOW })

  beforeAll(async () => {
    database = await openTestDatabase()
    storeId = (await openStore(database, { ownerOpenid: OWNER })).storeId
    const otherStore = (await openStore(database, { ownerOpenid: 'other-owner' })).storeId
    const item = await addProduct(database, storeId)
    const line = (price: number, quantity = 1) => [{ ...item, price, quantity }]

    // Visits: v1 comes by QR and by a share card the same day; y1 came just before midnight.
    for (const visit of [
      { openid: 'v1', source: 'qr', campaign: '春季海报', createdAt: TODAY },
      { openid: 'v1', source: 'qr', campaign: '春季海报', createdAt: at('2026-03-10T02:00:00Z') },
      { openid: 'v2', source: 'qr', campaign: '春季海报', createdAt: TODAY },
      { openid: 'v3', source: 'qr', createdAt: at('2026-03-07T03:00:00Z') },
      { openid: 'y1', source: 'qr', createdAt: at('2026-03-09T15:59:59Z') },
      { openid: 'w1', source: 'weibo', createdAt: TODAY },
      { openid: 'w2', source: 'weibo', createdAt: at('2026-03-05T03:00:00Z') },
      { openid: 'w3', source: 'weibo', createdAt: at('2026-02-28T03:00:00Z') },
      { openid: 's1', source: 'share', createdAt: TODAY },
      { openid: 'v1', source: 'share', createdAt: TODAY },
      { openid: 'late', source: 'share', createdAt: at('2026-03-10T05:00:00Z') },
    ] as const) {
      await insertVisit(database, { storeId, ...visit })
    }
    await insertVisit(database, { storeId: otherStore, openid: 'x1', source: 'qr', createdAt: TODAY })

    const qr = { source: 'qr' as const, storeId, campaign: '春季海报' }
    await insertOrder(database, { storeId, buyer: 'v1', status: 'paid', lines: line(1290, 2), entry: qr, createdAt: TODAY })
    await insertOrder(database, { storeId, buyer: 'v2', status: 'refunded', lines: line(990), entry: qr, createdAt: TODAY })
    await insertOrder(database, { storeId, buyer: 'v3', status: 'shipped', lines: line(1590), deliveryFee: 800, entry: { source: 'qr' }, createdAt: at('2026-03-07T03:10:00Z') })
    await insertOrder(database, { storeId, buyer: 'w1', status: 'completed', lines: line(3400, 2), entry: { source: 'weibo' }, createdAt: TODAY })
    await insertOrder(database, { storeId, buyer: 'w2', status: 'refund_requested', lines: line(3300), entry: { source: 'weibo' }, createdAt: at('2026-03-05T03:10:00Z') })
    await insertOrder(database, { storeId, buyer: 'w3', status: 'paid', lines: line(5000), entry: { source: 'weibo' }, createdAt: at('2026-02-28T03:10:00Z') })
    await insertOrder(database, { storeId, buyer: 's1', status: 'cancelled', lines: line(100), entry: { source: 'share' }, createdAt: TODAY })
    await insertOrder(database, { storeId, buyer: 's1', status: 'pending_payment', lines: line(200), entry: { source: 'share' }, createdAt: TODAY })
    // Created eight days ago, paid today: a sale of today.
    await insertOrder(database, { storeId, buyer: 's1', status: 'paid', lines: line(1234), entry: { source: 'share' }, createdAt: at('2026-03-02T03:00:00Z'), paidAt: TODAY })
    await insertOrder(database, { storeId, buyer: 'd1', status: 'completed', lines: line(4321), entry: null, createdAt: TODAY })
    // Paid after "now": not yet part of any period.
    await insertOrder(database, { storeId, buyer: 'late', status: 'paid', lines: line(777), entry: { source: 'share' }, createdAt: at('2026-03-10T05:00:00Z') })
    await insertOrder(database, { storeId: otherStore, buyer: 'x1', status: 'paid', lines: line(9999), entry: { source: 'qr' }, createdAt: TODAY })
  })
  afterAll(() => database.close())

  it('today: since midnight in China', async () => {
    const today = await stats('today')
    expect(today.period).toBe('today')
    expect(today.from).toBe('2026-03-09T16:00:00.000Z')
    expect(today.to).toBe(NOW.toISOString())
    expect(today.totals).toEqual({ visitors: 4, orders: 4, paidAmount: 2580 + 6800 + 1234 + 4321, conversion: 1 })
    expect(today.bySource).toEqual([
      { source: 'weibo', visitors: 1, orders: 1, paidAmount: 6800, conversion: 1 },
      { source: 'direct', visitors: 0, orders: 1, paidAmount: 4321, conversion: null },
      { source: 'qr', visitors: 2, orders: 1, paidAmount: 2580, conversion: 0.5 },
      { source: 'share', visitors: 2, orders: 1, paidAmount: 1234, conversion: 0.5 },
    ])
    expect(today.byCampaign).toEqual([{ campaign: '春季海报', source: 'qr', visitors: 2, orders: 1, paidAmount: 2580, conversion: 0.5 }])
  })

  it('7 days: refund requests still count, refunded, cancelled and unpaid orders never do', async () => {
    const week = await stats('7d')
    expect(week.from).toBe('2026-03-03T16:00:00.000Z')
    expect(week.totals).toEqual({ visitors: 7, orders: 6, paidAmount: 4970 + 10100 + 1234 + 4321, conversion: 0.8571 })
    const bySource = Object.fromEntries(week.bySource.map((s: any) => [s.source, [s.visitors, s.orders, s.paidAmount]]))
    expect(bySource).toEqual({ qr: [4, 2, 2580 + 2390], weibo: [2, 2, 6800 + 3300], share: [2, 1, 1234], direct: [0, 1, 4321] })
  })

  it('7 days: one point per China day, quiet days as zeros, adding up to the totals', async () => {
    const week = await stats('7d')
    expect(week.daily).toEqual([
      { day: '2026-03-04', visitors: 0, orders: 0, paidAmount: 0 },
      { day: '2026-03-05', visitors: 1, orders: 1, paidAmount: 3300 },
      { day: '2026-03-06', visitors: 0, orders: 0, paidAmount: 0 },
      { day: '2026-03-07', visitors: 1, orders: 1, paidAmount: 2390 },
      { day: '2026-03-08', visitors: 0, orders: 0, paidAmount: 0 },
      // y1 came at 23:59:59 China time: still the 9th.
      { day: '2026-03-09', visitors: 1, orders: 0, paidAmount: 0 },
      { day: '2026-03-10', visitors: 4, orders: 4, paidAmount: 2580 + 6800 + 1234 + 4321 },
    ])
    const month = await stats('30d')
    expect(month.daily).toHaveLength(30)
    expect(month.daily.reduce((sum: number, p: any) => sum + p.orders, 0)).toBe(month.totals.orders)
    expect(month.daily.reduce((sum: number, p: any) => sum + p.paidAmount, 0)).toBe(month.totals.paidAmount)
  })

  it('30 days reaches further back', async () => {
    const month = await stats('30d')
    expect(month.totals).toMatchObject({ visitors: 8, orders: 7, paidAmount: 25625 })
    expect(month.bySource.find((s: any) => s.source === 'weibo')).toEqual({ source: 'weibo', visitors: 3, orders: 3, paidAmount: 15100, conversion: 1 })
  })

  it('agrees with the orders table to the fen for every period', async () => {
    for (const period of ['today', '7d', '30d'] as const) {
      const answer = await stats(period)
      const [row] = rowsOf<{ n: number; amount: string }>(
        await database.db.execute(sql`
          select count(*)::int as n, coalesce(sum(total), 0)::text as amount from orders
          where store_id = ${storeId} and status in ('paid', 'shipped', 'completed', 'refund_requested')
            and coalesce(paid_at, created_at) between ${answer.from}::timestamptz and ${answer.to}::timestamptz`),
      )
      expect(answer.totals.orders).toBe(row.n)
      expect(answer.totals.paidAmount).toBe(Number(row.amount))
      expect(answer.bySource.reduce((sum: number, s: any) => sum + s.paidAmount, 0)).toBe(Number(row.amount))
    }
  })

  it('is the owner’s alone and refuses an unknown period', async () => {
    expect((await call(database, 'merchant', 'stats', { storeId, period: '7d' }, { openid: 'other-owner' })).status).toBe(403)
    expect((await call(database, 'merchant', 'stats', { storeId, period: 'week' }, { openid: OWNER })).status).toBe(400)
  })
})

describe(`merchant.stats: a store's codes, rooms and campaigns never show up in another store's stats (${DATABASE_KIND})`, () => {
  let database: Database
  const s1 = { owner: 'stats-s1-owner', storeId: '', roomId: '', postId: '', item: { productId: '', skuId: '' } }
  const s2 = { owner: 'stats-s2-owner', storeId: '', item: { productId: '', skuId: '' } }
  let launchSeq = 0
  const visit = (openid: string, data: Omit<RequestOf<'entry', 'recordVisit'>, 'launchId'>) =>
    callOk(database, 'entry', 'recordVisit', { launchId: `xlaunch-${process.pid}-${++launchSeq}`, ...data }, { openid })
  const buyAndPay = (openid: string, storeId: string, skuId: string, visitId: string) =>
    paidOrder(database, openid, orderRequest({ storeId, skuIds: [skuId] }, [[0, 1]], { idempotencyKey: `key-${storeId}-${visitId}`, visitId }))
  const campaignsOf = async (owner: string, storeId: string) => {
    const today = await callOk(database, 'merchant', 'stats', { storeId, period: 'today' }, { openid: owner })
    return today.byCampaign.map((c: any) => c.campaign).sort()
  }

  beforeAll(async () => {
    database = await openTestDatabase()
    s1.storeId = (await openStore(database, { ownerOpenid: s1.owner, name: '一号店' })).storeId
    s2.storeId = (await openStore(database, { ownerOpenid: s2.owner, name: '二号店' })).storeId
    s1.item = await addProduct(database, s1.storeId)
    s2.item = await addProduct(database, s2.storeId)
    s1.roomId = newId()
    const startAt = new Date(Date.now() + 3_600_000)
    await database.db.insert(liveRooms).values({
      id: s1.roomId,
      storeId: s1.storeId,
      platformRoomId: `twin-${s1.roomId}`,
      title: '一号店直播',
      startAt,
      endAt: new Date(startAt.getTime() + 3_600_000),
    })
    s1.postId = newId()
    await database.db.insert(posts).values({ id: s1.postId, storeId: s1.storeId, kind: 'article', title: '一号店上新' })
  }, 60_000)
  afterAll(() => database.close())

  it('neither a forged query nor a visit to the other store carries a campaign across', async () => {
    const link = await callOk(database, 'entry', 'createLink', { storeId: s1.storeId, roomId: s1.roomId, campaign: 'spring', channel: 'web' }, { openid: s1.owner })
    const qr = await callOk(database, 'entry', 'createQrCode', { storeId: s2.storeId, campaign: 'c1' }, { openid: s2.owner })

    // S1's room link with S2's product added to the query: the visit stays S1's room visit.
    const forgedProduct = await visit('shopper-1', { scene: 1194, path: link.path, query: { ...link.query, productId: s2.item.productId } })
    expect(forgedProduct.entry).toMatchObject({ code: link.id, storeId: s1.storeId, roomId: s1.roomId, campaign: 'spring' })
    expect(forgedProduct.entry.productId).toBeUndefined()
    // S2's code with S1's post added to the query: the visit stays S2's.
    const forgedPost = await visit('shopper-2', { scene: 1047, path: qr.path, query: { scene: encodeURIComponent(qr.scene!), postId: s1.postId } })
    expect(forgedPost.entry).toMatchObject({ code: qr.id, storeId: s2.storeId, campaign: 'c1' })
    // An honest visit to S1's room link, then an order in S2.
    const honest = await visit('shopper-3', { scene: 1194, path: link.path, query: link.query })
    expect(honest.entry).toMatchObject({ storeId: s1.storeId, roomId: s1.roomId, campaign: 'spring' })

    const inS2 = await buyAndPay('shopper-1', s2.storeId, s2.item.skuId, forgedProduct.visitId)
    const inS1 = await buyAndPay('shopper-2', s1.storeId, s1.item.skuId, forgedPost.visitId)
    const honestInS2 = await buyAndPay('shopper-3', s2.storeId, s2.item.skuId, honest.visitId)
    // The same visit still credits the store it came to.
    const honestInS1 = await buyAndPay('shopper-3', s1.storeId, s1.item.skuId, honest.visitId)
    expect(honestInS1.entry).toMatchObject({ storeId: s1.storeId, roomId: s1.roomId, code: link.id, campaign: 'spring' })

    expect(await campaignsOf(s1.owner, s1.storeId)).toEqual(['spring'])
    expect(await campaignsOf(s2.owner, s2.storeId)).toEqual(['c1'])
    for (const order of [inS2, inS1, honestInS2]) expect(order.entry).toBeNull()
    const [s1Orders] = rowsOf<{ n: number }>(
      await database.db.execute(sql`select count(*)::int as n from orders where store_id = ${s1.storeId} and entry->>'campaign' = 'spring'`),
    )
    expect(s1Orders.n).toBe(1)
    const [leaked] = rowsOf<{ n: number }>(
      await database.db.execute(sql`
        select count(*)::int as n from orders
        where (store_id = ${s1.storeId} and entry->>'campaign' = 'c1') or (store_id = ${s2.storeId} and entry->>'campaign' = 'spring')`),
    )
    expect(leaked.n).toBe(0)
  })
})
