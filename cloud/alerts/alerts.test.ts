import { eq, like } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { makeStore, nextKey, orderRequest, paidNotice, placeOrder, type Fixture } from '../../tests/support/fixtures'
import type { Database } from '../db/client'
import { notifications, outbox, skus } from '../db/schema'
import { formatFen } from '../../src/domain/money'
import { alertStore } from './alert-store'

jest.setTimeout(60_000)

describe(`merchant alerts (${DATABASE_KIND})`, () => {
  let database: Database
  let shop: Fixture
  const buyer = 'alert-buyer'

  beforeEach(async () => {
    database = await openTestDatabase()
    shop = await makeStore(database, { skus: [{ price: 1500, stock: 12 }] })
  })
  afterEach(() => database.close())

  const owner = () => ({ openid: shop.ownerOpenid })
  const newOrder = (quantity = 1) => placeOrder(database, buyer, orderRequest(shop, [[0, quantity]]))
  const alertMessages = () => database.db.select().from(outbox).where(like(outbox.kind, 'alert_%'))

  it('a payment callback arriving ten times gives one new-order alert and one message per recipient', async () => {
    await callOk(database, 'merchant', 'grantAlerts', { storeId: shop.storeId, kinds: ['new_order', 'new_order'] }, owner())
    await callOk(database, 'merchant', 'grantAlerts', { storeId: shop.storeId, kinds: ['new_order'] }, owner())
    const order = await newOrder()
    for (let i = 0; i < 10; i++) await callOk(database, 'payment', 'notify', paidNotice(order), { caller: 'platform' })
    const list = await callOk(database, 'merchant', 'listNotifications', { storeId: shop.storeId }, owner())
    expect(list.items).toEqual([expect.objectContaining({ kind: 'new_order', orderId: order.id, read: false, text: `新订单 ${formatFen(order.total)}，请尽快发货` })])
    expect(list.unread).toBe(1)
    const messages = await alertMessages()
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ touser: shop.ownerOpenid, kind: 'alert_new_order' })
    // Two taps, one message sent: one grant left, and the console shows it.
    const settings = await callOk(database, 'merchant', 'alertSettings', { storeId: shop.storeId }, owner())
    expect(settings.quota.new_order).toBe(1)
  })

  it('sends no subscribe message without a grant, and asks again once grants run out', async () => {
    const first = await newOrder()
    await callOk(database, 'payment', 'notify', paidNotice(first), { caller: 'platform' })
    expect(await alertMessages()).toHaveLength(0)
    await callOk(database, 'merchant', 'grantAlerts', { storeId: shop.storeId, kinds: ['new_order'] }, owner())
    const second = await newOrder()
    await callOk(database, 'payment', 'notify', paidNotice(second), { caller: 'platform' })
    const third = await newOrder()
    await callOk(database, 'payment', 'notify', paidNotice(third), { caller: 'platform' })
    expect((await alertMessages()).map((m) => m.dedupeKey)).toEqual([`new-order:${second.id}:${shop.ownerOpenid}`])
    expect((await callOk(database, 'merchant', 'listNotifications', { storeId: shop.storeId }, owner())).unread).toBe(3)
  })

  it('low stock fires once per crossing of the line, not per order, and again after a restock', async () => {
    await callOk(database, 'merchant', 'saveAlertSettings', { storeId: shop.storeId, newOrder: false, lowStock: 5 }, owner())
    await newOrder(3) // 12 → 9
    expect(await database.db.select().from(notifications)).toHaveLength(0)
    await newOrder(4) // 9 → 5: crosses
    await newOrder(1) // 5 → 4: already below
    await newOrder(2) // 4 → 2
    let rows = await database.db.select().from(notifications)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ kind: 'low_stock', skuId: shop.skuIds[0] })
    expect(rows[0].text).toContain('库存仅剩 5 件')
    await database.db.update(skus).set({ stock: 20 }).where(eq(skus.id, shop.skuIds[0]))
    await newOrder(15) // 20 → 5: crosses again
    rows = await database.db.select().from(notifications)
    expect(rows).toHaveLength(2)
  })

  it('a refund request alerts the store; turned-off kinds stay quiet', async () => {
    const order = await newOrder()
    await callOk(database, 'payment', 'notify', paidNotice(order), { caller: 'platform' })
    await callOk(database, 'order', 'requestRefund', { orderId: order.id, reason: '不想要了' }, { openid: buyer })
    const list = await callOk(database, 'merchant', 'listNotifications', { storeId: shop.storeId }, owner())
    expect(list.items.map((n: { kind: string }) => n.kind)).toEqual(['refund_requested', 'new_order'])
    expect(list.items[0].text).toContain('不想要了')

    await callOk(database, 'merchant', 'saveAlertSettings', { storeId: shop.storeId, newOrder: false, lowStock: 0, refundRequested: false }, owner())
    const quiet = await newOrder()
    await callOk(database, 'payment', 'notify', paidNotice(quiet), { caller: 'platform' })
    expect((await callOk(database, 'merchant', 'listNotifications', { storeId: shop.storeId }, owner())).items).toHaveLength(2)
  })

  it('new_message alerts are raised through alertStore, once per message', async () => {
    const alert = { kind: 'new_message' as const, text: '买家：还有货吗', dedupeKey: 'message:m1', now: new Date() }
    expect(await alertStore(database.db, shop.storeId, alert)).toBe(true)
    expect(await alertStore(database.db, shop.storeId, alert)).toBe(false)
    expect((await callOk(database, 'merchant', 'listNotifications', { storeId: shop.storeId }, owner())).unread).toBe(1)
  })

  it("a buyer's message alerts the store once until the store reads the conversation", async () => {
    const shopper = { openid: buyer }
    const conversation = await callOk(database, 'chat', 'open', { storeId: shop.storeId }, shopper)
    const say = (text: string, who = shopper) =>
      callOk(database, 'chat', 'send', { conversationId: conversation.id, kind: 'text', text, clientId: nextKey('alert') }, who)
    await say('还有货吗')
    await say('能便宜点吗')
    let list = await callOk(database, 'merchant', 'listNotifications', { storeId: shop.storeId }, owner())
    expect(list.items).toEqual([expect.objectContaining({ kind: 'new_message', text: '买家消息：还有货吗' })])
    // The store's own answer raises nothing; once it has read the thread, the next question alerts again.
    await say('有的', owner())
    await callOk(database, 'chat', 'read', { conversationId: conversation.id }, owner())
    await say('那我下单了')
    list = await callOk(database, 'merchant', 'listNotifications', { storeId: shop.storeId }, owner())
    expect(list.items.map((item: { text: string }) => item.text)).toEqual(['买家消息：那我下单了', '买家消息：还有货吗'])
  })

  it('staff hear what their role acts on; a removed member hears nothing more', async () => {
    const manager = 'alert-manager'
    const invite = await callOk(database, 'merchant', 'inviteStaff', { storeId: shop.storeId, role: 'manager' }, owner())
    await callOk(database, 'merchant', 'acceptInvite', { inviteCode: invite.inviteCode }, { openid: manager })
    await callOk(database, 'merchant', 'grantAlerts', { storeId: shop.storeId, kinds: ['new_order', 'new_order', 'refund_requested'] }, { openid: manager })
    await callOk(database, 'merchant', 'grantAlerts', { storeId: shop.storeId, kinds: ['new_order', 'refund_requested'] }, owner())
    const order = await newOrder()
    await callOk(database, 'payment', 'notify', paidNotice(order), { caller: 'platform' })
    await callOk(database, 'order', 'requestRefund', { orderId: order.id, reason: '不想要了' }, { openid: buyer })
    // Refund decisions are the owner's alone, so only the owner hears of the request.
    expect((await alertMessages()).map((m) => `${m.kind}→${m.touser}`).sort()).toEqual(
      [`alert_new_order→${manager}`, `alert_new_order→${shop.ownerOpenid}`, `alert_refund_requested→${shop.ownerOpenid}`].sort(),
    )
    await callOk(database, 'merchant', 'removeStaff', { storeId: shop.storeId, openid: manager }, owner())
    const next = await newOrder()
    await callOk(database, 'payment', 'notify', paidNotice(next), { caller: 'platform' })
    expect((await alertMessages()).filter((m) => m.dedupeKey.startsWith(`new-order:${next.id}`)).map((m) => m.touser)).toEqual([])
  })

  it('marks read, pages newest first, and keeps each store to its own list', async () => {
    for (let i = 0; i < 3; i++) {
      await alertStore(database.db, shop.storeId, { kind: 'new_message', text: `消息${i}`, dedupeKey: `m:${i}`, now: new Date() })
    }
    const page = await callOk(database, 'merchant', 'listNotifications', { storeId: shop.storeId, limit: 2 }, owner())
    expect(page.items.map((n: { text: string }) => n.text)).toEqual(['消息2', '消息1'])
    const rest = await callOk(database, 'merchant', 'listNotifications', { storeId: shop.storeId, cursor: page.nextCursor }, owner())
    expect(rest.items.map((n: { text: string }) => n.text)).toEqual(['消息0'])
    expect(await callOk(database, 'merchant', 'markNotificationsRead', { storeId: shop.storeId }, owner())).toEqual({ unread: 0 })
    const after = await callOk(database, 'merchant', 'listNotifications', { storeId: shop.storeId }, owner())
    expect(after.unread).toBe(0)
    expect(after.items.every((n: { read: boolean }) => n.read)).toBe(true)

    const other = await makeStore(database, { skus: [{ price: 100, stock: 1 }] })
    for (const [action, data] of [
      ['listNotifications', { storeId: shop.storeId }],
      ['markNotificationsRead', { storeId: shop.storeId }],
      ['saveAlertSettings', { storeId: shop.storeId, newOrder: true, lowStock: 3 }],
      ['grantAlerts', { storeId: shop.storeId, kinds: ['new_order'] }],
      ['alertSettings', { storeId: shop.storeId }],
    ] as const) {
      const answer = await call(database, 'merchant', action, data, { openid: other.ownerOpenid })
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })

  it('refuses bad settings with VALIDATION_FAILED', async () => {
    for (const data of [
      { storeId: shop.storeId, newOrder: 'yes', lowStock: 3 },
      { storeId: shop.storeId, newOrder: true, lowStock: -1 },
      { storeId: shop.storeId, newOrder: true, lowStock: 2.5 },
      { storeId: shop.storeId, newOrder: true },
    ]) {
      const answer = await call(database, 'merchant', 'saveAlertSettings', data, owner())
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    }
  })
})
