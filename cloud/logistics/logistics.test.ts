import { callOk, call, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { makeStore, orderRequest, paidOrder, placeOrder, type Fixture } from '../../tests/support/fixtures'
import type { Database } from '../db/client'
import { localPlatform } from '../platform/local'
import type { LogisticsPathRequest, Platform } from '../platform/platform'
import { forgetTraces } from './trace-cache'

let seq = 0
const HOUR = 3600_000

describe(`order.logistics (${DATABASE_KIND})`, () => {
  let database: Database
  let shop: Fixture
  const buyer = 'lg-buyer'
  const shippedAt = new Date('2026-03-02T02:00:00.000Z')

  beforeAll(async () => {
    database = await openTestDatabase()
    shop = await makeStore(database, { skus: [{ price: 1000, stock: 50 }] })
  })
  afterAll(() => database.close())
  beforeEach(() => forgetTraces())

  const shippedOrder = async (trackingNo = `SF${Date.now()}${++seq}`) => {
    const order = await paidOrder(database, buyer, orderRequest(shop))
    await callOk(database, 'merchant', 'ship', { orderId: order.id, carrier: 'SF', trackingNo }, { openid: shop.ownerOpenid, now: () => shippedAt })
    return order.id as string
  }
  const at = (hours: number) => () => new Date(shippedAt.getTime() + hours * HOUR)

  it('answers the buyer with the trace so far, newest first, from the shipping time', async () => {
    const orderId = await shippedOrder()
    const trace = await callOk(database, 'order', 'logistics', { orderId }, { openid: buyer, now: at(25) })
    expect(trace).toMatchObject({ orderId, carrier: 'SF', state: 'ok' })
    expect(trace.nodes.map((node) => node.stage)).toEqual(['transit', 'transit', 'collect'])
    expect(trace.nodes[2]).toMatchObject({ actionType: 100001, time: shippedAt.toISOString() })
    expect(trace.nodes[2].text).toContain('揽收')

    const later = await shippedOrder()
    const signed = await callOk(database, 'order', 'logistics', { orderId: later }, { openid: buyer, now: at(40) })
    expect(signed.nodes.map((node) => node.actionType)).toEqual([300003, 300002, 200001, 200001, 100001])
  })

  it('is for the buyer and the store only', async () => {
    const orderId = await shippedOrder()
    expect((await call(database, 'order', 'logistics', { orderId }, { openid: shop.ownerOpenid })).body.ok).toBe(true)
    const stranger = await call(database, 'order', 'logistics', { orderId }, { openid: 'lg-someone-else' })
    expect(stranger.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(JSON.stringify(stranger.body)).not.toContain('SF')
    const anonymous = await call(database, 'order', 'logistics', { orderId })
    expect(anonymous.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('refuses an order without a tracking number', async () => {
    const order = await placeOrder(database, buyer, orderRequest(shop))
    const answer = await call(database, 'order', 'logistics', { orderId: order.id }, { openid: buyer })
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'ORDER_STATE' } })
  })

  it('asks WeChat once for a storm of refreshes, and again after a few minutes', async () => {
    const orderId = await shippedOrder()
    const local = localPlatform()
    const asked: LogisticsPathRequest[] = []
    const platform: Platform = { ...local, logistics: { getPath: (request) => (asked.push(request), local.logistics.getPath(request)) } }
    const storm = await Promise.all(
      Array.from({ length: 20 }, (_, i) => callOk(database, 'order', 'logistics', { orderId }, { openid: i % 2 ? buyer : shop.ownerOpenid, platform, now: at(10) })),
    )
    await callOk(database, 'order', 'logistics', { orderId }, { openid: buyer, platform, now: at(10.05) })
    expect(asked).toHaveLength(1)
    expect(asked[0]).toMatchObject({ orderId, openid: buyer, deliveryId: 'SF' })
    expect(new Set(storm.map((answer) => JSON.stringify(answer))).size).toBe(1)
    const fresh = await callOk(database, 'order', 'logistics', { orderId }, { openid: buyer, platform, now: at(10.2) })
    expect(asked).toHaveLength(2)
    expect(fresh.fetchedAt).toBe(at(10.2)().toISOString())
  })

  it('says in Chinese when WeChat cannot answer, keeps the carrier and number, and asks again soon', async () => {
    const orderId = await shippedOrder('SFERR0001')
    const local = localPlatform()
    let asked = 0
    const platform: Platform = { ...local, logistics: { getPath: (request) => (asked++, local.logistics.getPath(request)) } }
    const trace = await callOk(database, 'order', 'logistics', { orderId }, { openid: buyer, platform, now: at(5) })
    expect(trace).toMatchObject({ state: 'unavailable', carrier: 'SF', trackingNo: 'SFERR0001', nodes: [] })
    expect(trace.message).toMatch(/暂时查不到物流信息.*-1.*请稍后再试/)
    await callOk(database, 'order', 'logistics', { orderId }, { openid: buyer, platform, now: at(5.005) })
    expect(asked).toBe(1)
    await callOk(database, 'order', 'logistics', { orderId }, { openid: buyer, platform, now: at(5.01) })
    expect(asked).toBe(2)
  })
})
