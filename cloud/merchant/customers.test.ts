import { eq } from 'drizzle-orm'
import { insertOrder, addProduct, openStore, ADDRESS } from '../../tests/support/fixtures'
import { call, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { addresses, orders, users } from '../db/schema'
import { inSegment } from '../../src/domain/customers'

const OWNER = 'cust-owner'
const NOW = new Date('2026-06-30T04:00:00Z')
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000)

describe(`merchant.listCustomers: segments, figures and paging (${DATABASE_KIND})`, () => {
  let database: Database
  let storeId: string
  const list = (data: Record<string, unknown>, openid = OWNER) => call(database, 'merchant', 'listCustomers', { storeId, ...data }, { openid, now: () => NOW })
  const listOk = async (data: Record<string, unknown>) => {
    const answer = await list(data)
    if (!answer.body.ok) throw new Error(JSON.stringify(answer.body.error))
    return answer.body.data as { items: Array<Record<string, unknown>>; nextCursor: string | null }
  }

  beforeAll(async () => {
    database = await openTestDatabase()
    storeId = (await openStore(database, { ownerOpenid: OWNER })).storeId
    const otherStore = (await openStore(database, { ownerOpenid: 'cust-other' })).storeId
    const item = await addProduct(database, storeId)
    const line = (price: number) => [{ ...item, price, quantity: 1 }]
    const order = (buyer: string, status: Parameters<typeof insertOrder>[1]['status'], price: number, days: number, store = storeId) =>
      insertOrder(database, { storeId: store, buyer, status, lines: line(price), createdAt: daysAgo(days) })

    // repeat + recent: two sales (a refunded and a cancelled one do not count).
    await order('amy', 'completed', 1000, 100)
    await order('amy', 'paid', 2500, 3)
    await order('amy', 'refunded', 9900, 2)
    await order('amy', 'cancelled', 9900, 1)
    // repeat + lapsed: two sales, both over 60 days ago.
    await order('bob', 'completed', 3000, 200)
    await order('bob', 'shipped', 500, 61)
    // lapsed, one sale.
    await order('cat', 'completed', 700, 90)
    // new: one sale within 60 days (refund_requested is still a sale).
    await order('dan', 'refund_requested', 1200, 10)
    // not customers: only unpaid, cancelled or refunded orders.
    await order('eve', 'pending_payment', 100, 1)
    await order('fay', 'refunded', 100, 5)
    // a customer of another store only.
    await order('gus', 'paid', 100, 1, otherStore)

    await database.db.insert(users).values([
      { openid: 'amy', nickname: '艾米', avatarUrl: '/files/a.png' },
      { openid: 'dan', nickname: '阿丹', avatarUrl: '' },
    ])
    // Phone numbers and addresses exist on their orders and in their address books.
    await database.db.update(orders).set({ address: ADDRESS }).where(eq(orders.storeId, storeId))
    await database.db.insert(addresses).values({ id: 'addr-amy', openid: 'amy', ...ADDRESS })
  })
  afterAll(() => database.close())

  it('lists customers with their sales count, amount and last sale, most recent first', async () => {
    const page = await listOk({})
    expect(page.items).toEqual([
      { openid: 'amy', nickname: '艾米', avatarUrl: '/files/a.png', orders: 2, paidAmount: 3500, lastOrderAt: daysAgo(3).toISOString() },
      { openid: 'dan', nickname: '阿丹', avatarUrl: '', orders: 1, paidAmount: 1200, lastOrderAt: daysAgo(10).toISOString() },
      { openid: 'bob', nickname: '', avatarUrl: '', orders: 2, paidAmount: 3500, lastOrderAt: daysAgo(61).toISOString() },
      { openid: 'cat', nickname: '', avatarUrl: '', orders: 1, paidAmount: 700, lastOrderAt: daysAgo(90).toISOString() },
    ])
    expect(page.nextCursor).toBeNull()
  })

  it.each([
    ['repeat', ['amy', 'bob']],
    ['lapsed', ['bob', 'cat']],
    ['new', ['dan']],
    ['all', ['amy', 'dan', 'bob', 'cat']],
  ])('segment %s', async (segment, openids) => {
    const page = await listOk({ segment })
    expect(page.items.map((c) => c.openid)).toEqual(openids)
    // The database applies the rule the domain states.
    for (const c of page.items) expect(inSegment(segment as never, { orders: c.orders as number, lastOrderAt: new Date(c.lastOrderAt as string) }, NOW)).toBe(true)
  })

  it('never carries a phone number or an address', async () => {
    const text = JSON.stringify(await listOk({}))
    for (const secret of [ADDRESS.telNumber, ADDRESS.detailInfo, ADDRESS.userName, ADDRESS.cityName]) expect(text).not.toContain(secret)
    for (const c of (await listOk({})).items) expect(Object.keys(c).sort()).toEqual(['avatarUrl', 'lastOrderAt', 'nickname', 'openid', 'orders', 'paidAmount'])
  })

  it('pages without gaps or repeats, ties broken by openid', async () => {
    // Three customers with the very same last sale time.
    const tied = (await openStore(database, { ownerOpenid: OWNER, name: '同时下单' })).storeId
    const item = await addProduct(database, tied)
    for (const buyer of ['t3', 't1', 't2', 't4', 't5']) {
      await insertOrder(database, { storeId: tied, buyer, status: 'paid', lines: [{ ...item, price: 100, quantity: 1 }], createdAt: daysAgo(1) })
    }
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const answer = await call(database, 'merchant', 'listCustomers', { storeId: tied, cursor, limit: 2 }, { openid: OWNER, now: () => NOW })
      if (!answer.body.ok) throw new Error(JSON.stringify(answer.body.error))
      const page = answer.body.data as { items: Array<{ openid: string }>; nextCursor: string | null }
      seen.push(...page.items.map((c) => c.openid))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(['t1', 't2', 't3', 't4', 't5'])
  })

  it('refuses other owners, strangers, bad segments and bad cursors', async () => {
    expect((await list({}, 'cust-other')).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await call(database, 'merchant', 'listCustomers', { storeId }, {})).body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect((await list({ segment: 'vip' })).body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect((await list({ cursor: 'not a cursor' })).body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect((await list({ cursor: 'zzzzzzzzzzzz.amy' })).body).toMatchObject({ ok: true })
  })
})
