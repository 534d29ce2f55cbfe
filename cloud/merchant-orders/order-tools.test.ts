// The merchant's order tools: finding an order by its readable number, 批量发货 with a result
// per order, and the counts of what waits on the console home, per role.
import { eq } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { makeStore, orderRequest, paidOrder, placeOrder, type Fixture } from '../../tests/support/fixtures'
import { stockInvariantViolations } from '../../tests/support/order-checks'
import type { Order } from '../../src/domain/order-types'
import type { Database } from '../db/client'
import { conversations, orders, storeStaff } from '../db/schema'
import { newId } from '../db/ids'

describe(`merchant order tools (${DATABASE_KIND})`, () => {
  let database: Database
  let shop: Fixture
  let rival: Fixture
  const buyer = 'tools-buyer'

  beforeAll(async () => {
    database = await openTestDatabase()
    shop = await makeStore(database, { skus: [{ price: 1000, stock: 50 }] })
    rival = await makeStore(database, { skus: [{ price: 100, stock: 5 }] })
    await database.db.insert(storeStaff).values([
      { storeId: shop.storeId, openid: 'tools-shipper', role: 'shipping' },
      { storeId: shop.storeId, openid: 'tools-service', role: 'service' },
      { storeId: shop.storeId, openid: 'tools-manager', role: 'manager' },
    ])
  })
  afterAll(async () => {
    for (const fixture of [shop, rival]) expect(await stockInvariantViolations(database.db, fixture.initial)).toEqual([])
    await database.close()
  })

  const order = async (fixture: Fixture, options: { delivery?: 'express' | 'pickup'; pay?: boolean } = {}) => {
    const request = orderRequest(fixture, [[0, 1]], { delivery: options.delivery ?? 'express' })
    return options.pay === false ? placeOrder(database, buyer, request) : paidOrder(database, buyer, request)
  }

  it('finds an order by its number, typed with or without the dash, or by its id', async () => {
    const wanted = await order(shop)
    await order(shop)
    expect(wanted.orderNo).toMatch(/^\d{8}-\d{4}$/)
    for (const q of [wanted.orderNo!, wanted.orderNo!.replace('-', ''), wanted.id]) {
      const page = await callOk(database, 'merchant', 'listOrders', { storeId: shop.storeId, q }, { openid: shop.ownerOpenid })
      expect([q, page.items.map((o: Order) => o.orderNo)]).toEqual([q, [wanted.orderNo]])
    }
    // Another store's number finds nothing here, even when it is the same text.
    const theirs = await order(rival)
    const page = await callOk(database, 'merchant', 'listOrders', { storeId: shop.storeId, q: theirs.id }, { openid: shop.ownerOpenid })
    expect(page.items).toEqual([])
  })

  it('ships a batch order by order: what can ship ships, each refusal says which order and why', async () => {
    const express = await order(shop)
    const pickup = await order(shop, { delivery: 'pickup' })
    const refunding = await order(shop)
    await callOk(database, 'order', 'requestRefund', { orderId: refunding.id, reason: '不想要了' }, { openid: buyer })
    const noTracking = await order(shop)
    const unpaid = await order(shop, { pay: false })
    const theirs = await order(rival)
    const answer = await callOk(database, 'merchant', 'shipMany', {
      storeId: shop.storeId,
      orders: [
        { orderId: express.id, carrier: 'SF', trackingNo: 'SF1000000001' },
        { orderId: refunding.id, carrier: 'SF', trackingNo: 'SF1000000002' },
        { orderId: pickup.id },
        { orderId: noTracking.id },
        { orderId: unpaid.id, carrier: '顺丰速运', trackingNo: 'SF1000000003' },
        { orderId: theirs.id, carrier: 'SF', trackingNo: 'SF1000000004' },
      ],
    }, { openid: 'tools-shipper' })
    expect(answer.results.map((r) => [r.orderId, r.ok ? r.order.status : r.error.code])).toEqual([
      [express.id, 'shipped'],
      [refunding.id, 'ORDER_STATE'],
      [pickup.id, 'shipped'],
      [noTracking.id, 'VALIDATION_FAILED'],
      [unpaid.id, 'ORDER_STATE'],
      [theirs.id, 'NOT_FOUND'],
    ])
    const refused = answer.results.find((r) => r.orderId === refunding.id)
    expect(refused && !refused.ok && refused.error.message).toMatch(/退款/)
    const statusOf = async (id: string) => (await database.db.select({ status: orders.status }).from(orders).where(eq(orders.id, id)))[0].status
    expect(await statusOf(express.id)).toBe('shipped')
    expect(await statusOf(refunding.id)).toBe('refund_requested')
    expect(await statusOf(noTracking.id)).toBe('paid')
    expect(await statusOf(theirs.id)).toBe('paid')
  })

  it('refuses a whole batch that repeats an order or is empty, changing nothing', async () => {
    const paid = await order(shop)
    for (const list of [[], [{ orderId: paid.id }, { orderId: paid.id }]]) {
      const answer = await call(database, 'merchant', 'shipMany', { storeId: shop.storeId, orders: list }, { openid: shop.ownerOpenid })
      expect(answer.body.ok ? 'ok' : answer.body.error.code).toBe('VALIDATION_FAILED')
    }
    expect((await database.db.select({ status: orders.status }).from(orders).where(eq(orders.id, paid.id)))[0].status).toBe('paid')
    // Service staff do not ship, not even in a batch.
    const service = await call(database, 'merchant', 'shipMany', { storeId: shop.storeId, orders: [{ orderId: paid.id }] }, { openid: 'tools-service' })
    expect(service.body.ok ? 'ok' : service.body.error.code).toBe('FORBIDDEN')
  })

  it('counts what waits, to each role only what it may act on', async () => {
    const fresh = await makeStore(database, { skus: [{ price: 500, stock: 20 }] })
    const mine = (pay = true) => order(fresh, { pay })
    await mine()
    await mine()
    await mine(false)
    const refunding = await mine()
    await callOk(database, 'order', 'requestRefund', { orderId: refunding.id, reason: '拍错了' }, { openid: buyer })
    await database.db.insert(conversations).values([
      { id: newId(), storeId: fresh.storeId, shopperOpenid: 'c1', storeUnread: 3 },
      { id: newId(), storeId: fresh.storeId, shopperOpenid: 'c2', storeUnread: 2, shopperUnread: 9 },
    ])
    await database.db.insert(storeStaff).values([
      { storeId: fresh.storeId, openid: 'fresh-shipper', role: 'shipping' },
      { storeId: fresh.storeId, openid: 'fresh-service', role: 'service' },
    ])
    const countsFor = (openid: string) => callOk(database, 'merchant', 'pendingCounts', { storeId: fresh.storeId }, { openid })
    expect(await countsFor(fresh.ownerOpenid)).toEqual({ toShip: 2, refunds: 1, unreadMessages: 5 })
    expect(await countsFor('fresh-shipper')).toEqual({ toShip: 2, refunds: null, unreadMessages: null })
    expect(await countsFor('fresh-service')).toEqual({ toShip: null, refunds: null, unreadMessages: 5 })
    const stranger = await call(database, 'merchant', 'pendingCounts', { storeId: fresh.storeId }, { openid: shop.ownerOpenid })
    expect(stranger.body.ok ? 'ok' : stranger.body.error.code).toBe('FORBIDDEN')
  })
})
