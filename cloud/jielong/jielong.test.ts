// 接龙 on a real database: start, join, pay, number, list, sheet, close, limits, privacy.
import { randomBytes } from 'node:crypto'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { ADDRESS, makeStore, type Fixture } from '../../tests/support/fixtures'
import { stockOf } from '../../tests/support/order-checks'
import type { Database } from '../db/client'

jest.setTimeout(60_000)

const key = () => randomBytes(8).toString('hex')
const inADay = () => new Date(Date.now() + 86_400_000).toISOString()
const PHONE = '13987654321'

describe(`接龙 (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
  })
  afterAll(() => database.close())

  async function start(fixture: Fixture, extra: Record<string, unknown> = {}) {
    return callOk(database, 'merchant', 'saveJielong', {
      storeId: fixture.storeId,
      title: '周末团购',
      intro: '周六下午自提',
      items: [{ skuId: fixture.skuIds[0], limitPerPerson: 3 }, { skuId: fixture.skuIds[1] }],
      endAt: inADay(),
      delivery: 'both',
      pickupPoints: [{ name: '东门', address: '幸福小区东门' }, { name: '西门', address: '幸福小区西门' }],
      ...extra,
    }, { openid: fixture.ownerOpenid })
  }
  const join = (openid: string, data: Record<string, unknown>) => call(database, 'jielong', 'join', { idempotencyKey: key(), ...data }, { openid })
  const pay = (openid: string, orderId: string) => callOk(database, 'payment', 'simulate', { orderId }, { openid })
  const contact = (userName: string) => ({ ...ADDRESS, userName, telNumber: PHONE })

  it('a paid join gets the next number; the page lists masked names; the order is credited to jielong', async () => {
    const fixture = await makeStore(database, { skus: [{ price: 1000, stock: 10 }, { price: 500, stock: 10 }] })
    const jielong = await start(fixture)
    expect(jielong).toMatchObject({ status: 'open', participants: 0, delivery: 'both' })
    expect(jielong.pickupPoints).toHaveLength(2)
    const [east, west] = jielong.pickupPoints
    // The shopper arrives from the card shared to a chat (scene 1007 with src=jielong).
    const visit = await callOk(database, 'entry', 'recordVisit', {
      launchId: key(), scene: 1007, path: 'packages/jielong/pages/detail/index', query: { id: jielong.id, storeId: fixture.storeId, src: 'jielong' },
    }, { openid: 'j-a' })
    expect(visit.entry).toMatchObject({ source: 'jielong', storeId: fixture.storeId })

    const a = await join('j-a', { jielongId: jielong.id, lines: [{ skuId: fixture.skuIds[0], quantity: 2 }], pickupPointId: east.id, address: contact('张三') })
    expect(a.body.ok).toBe(true)
    const orderA = (a.body as { data: any }).data
    expect(orderA).toMatchObject({ status: 'pending_payment', delivery: 'pickup', total: 2000, entry: { source: 'jielong', storeId: fixture.storeId } })
    expect(orderA.note).toContain('东门')
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(8)

    const b = (await join('j-b', { jielongId: jielong.id, lines: [{ skuId: fixture.skuIds[1], quantity: 1 }], pickupPointId: west.id, address: contact('李四') })).body as { data: any }
    const c = (await join('j-c', { jielongId: jielong.id, lines: [{ skuId: fixture.skuIds[1], quantity: 4 }], address: contact('王五') })).body as { data: any }
    // Unpaid entries take no number; payments arrive B, C, A.
    expect((await callOk(database, 'jielong', 'listEntries', { jielongId: jielong.id })).items).toEqual([])
    await pay('j-b', b.data.id)
    await pay('j-c', c.data.id)
    await pay('j-a', orderA.id)

    const list = await callOk(database, 'jielong', 'listEntries', { jielongId: jielong.id })
    expect(list.items.map((e: any) => [e.no, e.name])).toEqual([[1, '李**'], [2, '王**'], [3, '张**']])
    expect(list.items[2].lines).toEqual([{ title: '手工陶瓷马克杯', quantity: 2 }])
    const page = await callOk(database, 'jielong', 'get', { jielongId: jielong.id })
    expect(page).toMatchObject({ participants: 3, status: 'open' })
    expect(page.items.map((i: any) => [i.stock, i.sold])).toEqual([[8, 2], [5, 5]])
    expect(page.recent.map((e: any) => e.no)).toEqual([3, 2, 1])
    // Masked names only: no phone, no full name, no street on the public page.
    for (const text of [JSON.stringify(page), JSON.stringify(list)]) {
      expect(text).not.toContain(PHONE)
      expect(text).not.toContain('张三')
      expect(text).not.toContain(ADDRESS.detailInfo)
    }
    const paged = await callOk(database, 'jielong', 'listEntries', { jielongId: jielong.id, limit: 2 })
    expect(paged.items.map((e: any) => e.no)).toEqual([1, 2])
    const rest = await callOk(database, 'jielong', 'listEntries', { jielongId: jielong.id, limit: 2, cursor: paged.nextCursor })
    expect([rest.items.map((e: any) => e.no), rest.nextCursor]).toEqual([[3], null])

    // The entry source shows in the store's stats.
    const stats = await callOk(database, 'merchant', 'stats', { storeId: fixture.storeId, period: 'today' }, { openid: fixture.ownerOpenid })
    expect(stats.bySource.find((s: any) => s.source === 'jielong')).toMatchObject({ visitors: 1, orders: 3, paidAmount: 2000 + 500 + 2000 + c.data.deliveryFee })
  })

  it('the sheet groups paid entries by pickup point, adds them up, and drops a refunded one', async () => {
    // A store with no counter of its own: the 接龙's pickup points stand, whatever the store's pickup setting.
    const fixture = await makeStore(database, { skus: [{ price: 1000, stock: 10 }, { price: 500, stock: 10 }], pickupAddress: '' })
    const jielong = await start(fixture)
    const [east, west] = jielong.pickupPoints
    const joined: Array<{ openid: string; id: string }> = []
    const plan: Array<[string, string | null, number, number]> = [['s-1', east.id, 1, 0], ['s-2', west.id, 2, 1], ['s-3', east.id, 0, 3], ['s-4', null, 1, 1]]
    for (const [openid, pointId, first, second] of plan) {
      const lines = [[0, first], [1, second]].filter(([, q]) => q > 0).map(([i, q]) => ({ skuId: fixture.skuIds[i], quantity: q }))
      const answer = await join(openid, { jielongId: jielong.id, lines, ...(pointId ? { pickupPointId: pointId } : {}), address: contact(`顾${openid}`) })
      const order = (answer.body as { data: any }).data
      await pay(openid, order.id)
      joined.push({ openid, id: order.id })
    }
    // One more that never pays: not on the sheet.
    await join('s-5', { jielongId: jielong.id, lines: [{ skuId: fixture.skuIds[0], quantity: 1 }], pickupPointId: east.id, address: contact('赵六') })

    const sheet = await callOk(database, 'merchant', 'jielongSheet', { storeId: fixture.storeId, jielongId: jielong.id }, { openid: fixture.ownerOpenid })
    const byTitle = (lines: any[]) => Object.fromEntries(lines.map((l) => [l.skuId === fixture.skuIds[0] ? 'A' : 'B', l.quantity]))
    expect(byTitle(sheet.totals)).toEqual({ A: 4, B: 5 })
    expect(sheet.byPickupPoint.map((g: any) => [g.name, g.entries.map((e: any) => e.no), byTitle(g.totals)])).toEqual([
      ['东门', [1, 3], { A: 1, B: 3 }],
      ['西门', [2], { A: 2, B: 1 }],
      ['快递到家', [4], { A: 1, B: 1 }],
    ])
    expect(sheet.byPickupPoint[0].entries[0]).toMatchObject({ buyerName: '顾s-1', telNumber: PHONE, orderId: joined[0].id, status: 'paid' })

    // The sheet equals the paid orders' lines.
    const orders = await Promise.all(joined.map(({ openid, id }) => callOk(database, 'order', 'get', { orderId: id }, { openid })))
    const fromOrders: Record<string, number> = {}
    for (const order of orders) for (const item of order.items) fromOrders[item.skuId] = (fromOrders[item.skuId] ?? 0) + item.quantity
    expect(Object.fromEntries(sheet.totals.map((l: any) => [l.skuId, l.quantity]))).toEqual(fromOrders)

    // A refunded entry leaves the totals and the list.
    await callOk(database, 'order', 'requestRefund', { orderId: joined[1].id, reason: '买多了' }, { openid: 's-2' })
    await callOk(database, 'merchant', 'decideRefund', { orderId: joined[1].id, approve: true }, { openid: fixture.ownerOpenid })
    const after = await callOk(database, 'merchant', 'jielongSheet', { storeId: fixture.storeId, jielongId: jielong.id }, { openid: fixture.ownerOpenid })
    expect(byTitle(after.totals)).toEqual({ A: 2, B: 4 })
    expect(after.byPickupPoint.map((g: any) => g.entries.length)).toEqual([2, 0, 1])
    expect((await callOk(database, 'jielong', 'get', { jielongId: jielong.id })).participants).toBe(3)

    // Only the store's owner reads the sheet.
    expect((await call(database, 'merchant', 'jielongSheet', { storeId: fixture.storeId, jielongId: jielong.id }, { openid: 's-1' })).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('joining after the end time or after close is JIELONG_CLOSED and changes nothing; a closed one is not edited', async () => {
    const fixture = await makeStore(database, { skus: [{ price: 1000, stock: 10 }, { price: 500, stock: 10 }] })
    const jielong = await start(fixture, { delivery: 'express', pickupPoints: [] })
    const lines = [{ skuId: fixture.skuIds[0], quantity: 1 }]
    const later = () => new Date(Date.now() + 2 * 86_400_000)
    const late = await call(database, 'jielong', 'join', { jielongId: jielong.id, lines, address: ADDRESS, idempotencyKey: key() }, { openid: 'late', now: later })
    expect([late.status, late.body]).toMatchObject([409, { ok: false, error: { code: 'JIELONG_CLOSED' } }])
    expect((await callOk(database, 'jielong', 'get', { jielongId: jielong.id }, { now: later })).status).toBe('closed')

    const closed = await callOk(database, 'merchant', 'closeJielong', { storeId: fixture.storeId, jielongId: jielong.id }, { openid: fixture.ownerOpenid })
    expect(closed.status).toBe('closed')
    const after = await join('after', { jielongId: jielong.id, lines, address: ADDRESS })
    expect(after.body).toMatchObject({ ok: false, error: { code: 'JIELONG_CLOSED' } })
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(10)
    const edit = await call(database, 'merchant', 'saveJielong', { storeId: fixture.storeId, jielongId: jielong.id, title: '再开', items: [{ skuId: fixture.skuIds[0] }], endAt: inADay(), delivery: 'express' }, { openid: fixture.ownerOpenid })
    expect(edit.body).toMatchObject({ ok: false, error: { code: 'JIELONG_CLOSED' } })
  })

  it('refuses what the 接龙 does not offer: another SKU, a missing pickup point, express without an address, over the limit', async () => {
    const fixture = await makeStore(database, { skus: [{ price: 1000, stock: 10 }, { price: 500, stock: 10 }, { price: 300, stock: 10 }] })
    const jielong = await start(fixture, { delivery: 'pickup' })
    const point = jielong.pickupPoints[0].id
    const refusal = async (data: Record<string, unknown>) => ((await join('picky', { jielongId: jielong.id, ...data })).body as any).error?.code
    expect(await refusal({ lines: [{ skuId: fixture.skuIds[2], quantity: 1 }], pickupPointId: point })).toBe('NOT_FOUND')
    expect(await refusal({ lines: [{ skuId: fixture.skuIds[0], quantity: 1 }], address: ADDRESS })).toBe('VALIDATION_FAILED')
    expect(await refusal({ lines: [{ skuId: fixture.skuIds[0], quantity: 1 }], pickupPointId: 'nosuchpoint' })).toBe('NOT_FOUND')
    expect(await refusal({ lines: [{ skuId: fixture.skuIds[0], quantity: 4 }], pickupPointId: point })).toBe('VALIDATION_FAILED')
    expect(await refusal({ lines: [{ skuId: fixture.skuIds[0], quantity: 2 }], pickupPointId: point })).toBeUndefined()
    const over = (await join('picky', { jielongId: jielong.id, lines: [{ skuId: fixture.skuIds[0], quantity: 2 }], pickupPointId: point })).body as any
    expect(over.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('每人限购 3 件') })
    // An unpaid entry that expires gives its units back to the limit, and takes no number.
    const expired = await callOk(database, 'timer', 'expireOrders', {}, { caller: 'platform', now: () => new Date(Date.now() + 3_600_000) })
    expect(expired).toBeTruthy()
    expect(await refusal({ lines: [{ skuId: fixture.skuIds[0], quantity: 3 }], pickupPointId: point })).toBeUndefined()
    expect((await callOk(database, 'jielong', 'listEntries', { jielongId: jielong.id })).items).toEqual([])

    const express = await start(fixture, { delivery: 'express', pickupPoints: [] })
    expect(((await join('picky', { jielongId: express.id, lines: [{ skuId: fixture.skuIds[1], quantity: 1 }] })).body as any).error.code).toBe('VALIDATION_FAILED')
  })

  it('a repeat of the key answers the first order; the key reused for another pickup point is IDEMPOTENCY_MISMATCH', async () => {
    const fixture = await makeStore(database, { skus: [{ price: 1000, stock: 10 }, { price: 500, stock: 10 }] })
    const jielong = await start(fixture)
    const [east, west] = jielong.pickupPoints
    const idempotencyKey = key()
    const data = { jielongId: jielong.id, lines: [{ skuId: fixture.skuIds[1], quantity: 1 }], pickupPointId: east.id, idempotencyKey }
    const first = await callOk(database, 'jielong', 'join', data, { openid: 'again' })
    const second = await callOk(database, 'jielong', 'join', data, { openid: 'again' })
    expect(second.id).toBe(first.id)
    expect(await stockOf(database.db, fixture.skuIds[1])).toBe(9)
    const other = await call(database, 'jielong', 'join', { ...data, pickupPointId: west.id }, { openid: 'again' })
    expect(other.body).toMatchObject({ ok: false, error: { code: 'IDEMPOTENCY_MISMATCH' } })
  })

  it('a merchant starts 接龙 only from their own store\'s SKUs, ending in the future', async () => {
    const mine = await makeStore(database, { skus: [{ price: 1000, stock: 10 }, { price: 500, stock: 10 }] })
    const theirs = await makeStore(database, { skus: [{ price: 1000, stock: 10 }] })
    const foreign = await call(database, 'merchant', 'saveJielong', { storeId: mine.storeId, title: '越界', items: [{ skuId: theirs.skuIds[0] }], endAt: inADay(), delivery: 'express' }, { openid: mine.ownerOpenid })
    expect(foreign.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const past = await call(database, 'merchant', 'saveJielong', { storeId: mine.storeId, title: '过去', items: [{ skuId: mine.skuIds[0] }], endAt: new Date(Date.now() - 1000).toISOString(), delivery: 'express' }, { openid: mine.ownerOpenid })
    expect(past.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    const noPoint = await call(database, 'merchant', 'saveJielong', { storeId: mine.storeId, title: '自提', items: [{ skuId: mine.skuIds[0] }], endAt: inADay(), delivery: 'pickup' }, { openid: mine.ownerOpenid })
    expect(noPoint.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    const made = await start(mine)
    const edited = await callOk(database, 'merchant', 'saveJielong', {
      storeId: mine.storeId, jielongId: made.id, title: '改过的', items: [{ skuId: mine.skuIds[1] }], endAt: inADay(), delivery: 'pickup',
      pickupPoints: [{ id: made.pickupPoints[1].id, name: '西门', address: '改到北边' }],
    }, { openid: mine.ownerOpenid })
    expect([edited.title, edited.pickupPoints[0].id, edited.items.map((i: any) => i.skuId)]).toEqual(['改过的', made.pickupPoints[1].id, [mine.skuIds[1]]])
    const listed = await callOk(database, 'merchant', 'listJielongs', { storeId: mine.storeId }, { openid: mine.ownerOpenid })
    expect(listed.items.map((j: any) => j.id)).toEqual([made.id])
  })
})
