import { eq } from 'drizzle-orm'
import type { RequestOf } from '../../src/services/contract'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { ADDRESS, makeStore, type Fixture } from '../../tests/support/fixtures'
import { stockInvariantViolations, stockOf } from '../../tests/support/order-checks'
import { EXPRESS_FEE, FREE_EXPRESS_FROM } from '../../src/domain/order-pricing'
import type { Database } from '../db/client'
import { newId } from '../db/ids'
import { orders, outbox, products, skus, visits } from '../db/schema'

let keySeq = 0
const key = () => `key-${Date.now().toString(36)}-${++keySeq}`

describe(`order (${DATABASE_KIND})`, () => {
  let database: Database
  let shop: Fixture
  const buyer = 'buyer-a'

  beforeAll(async () => {
    database = await openTestDatabase()
    shop = await makeStore(database, { skus: [{ price: 1290, stock: 100 }, { price: 3500, stock: 3 }] })
  })
  afterAll(() => database.close())

  /** The shop's lines by express to ADDRESS; a create adds its idempotencyKey (and visitId) beside it. */
  const request = (items: Array<[number, number]>, extra: Partial<RequestOf<'order', 'quote'>> = {}): RequestOf<'order', 'quote'> => ({
    storeId: shop.storeId,
    items: items.map(([index, quantity]) => ({ skuId: shop.skuIds[index], quantity })),
    address: ADDRESS,
    delivery: 'express',
    ...extra,
  })

  it('quotes from the database: server prices, delivery fee below the free threshold, total', async () => {
    const quote = await callOk(database, 'order', 'quote', request([[0, 2], [1, 1]]), { openid: buyer })
    const itemsTotal = 1290 * 2 + 3500
    expect(quote).toMatchObject({
      storeId: shop.storeId,
      itemsTotal,
      deliveryFee: itemsTotal >= FREE_EXPRESS_FROM ? 0 : EXPRESS_FEE,
      total: itemsTotal + (itemsTotal >= FREE_EXPRESS_FROM ? 0 : EXPRESS_FEE),
      priceChanged: false,
    })
    expect(quote.items.map((l: any) => [l.skuId, l.price, l.quantity, l.stock])).toEqual([
      [shop.skuIds[0], 1290, 2, 100],
      [shop.skuIds[1], 3500, 1, 3],
    ])
    const pickup = await callOk(database, 'order', 'quote', request([[0, 1]], { delivery: 'pickup', address: undefined }), { openid: buyer })
    expect(pickup).toMatchObject({ itemsTotal: 1290, deliveryFee: 0, total: 1290 })
    const flagged = await callOk(database, 'order', 'quote', request([[0, 1]], { expectedTotal: 1 }), { openid: buyer })
    expect(flagged.priceChanged).toBe(true)
  })

  it('creates an order: snapshot lines, reserved stock, 30-minute expiry, pending payment', async () => {
    const now = new Date('2026-11-25T06:00:00Z')
    const order = await callOk(database, 'order', 'create', { ...request([[0, 2]], { note: ' 放门口 ' }), idempotencyKey: key() }, {
      openid: buyer,
      now: () => now,
    })
    expect(order).toMatchObject({
      storeId: shop.storeId,
      status: 'pending_payment',
      items: [{ skuId: shop.skuIds[0], quantity: 2, price: 1290, title: '手工陶瓷马克杯', image: '/files/demo/mug.svg' }],
      itemsTotal: 2580,
      deliveryFee: EXPRESS_FEE,
      total: 2580 + EXPRESS_FEE,
      address: ADDRESS,
      note: '放门口',
      entry: null,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + 30 * 60_000).toISOString(),
    })
    expect(await stockOf(database.db, shop.skuIds[0])).toBe(98)
    expect(await stockInvariantViolations(database.db, shop.initial)).toEqual([])
    // A later price change does not rewrite what was bought.
    await database.db.update(products).set({ title: '改名了' }).where(eq(products.id, shop.productId))
    const again = await callOk(database, 'order', 'get', { orderId: order.id }, { openid: buyer })
    expect(again.items[0].title).toBe('手工陶瓷马克杯')
    await database.db.update(products).set({ title: '手工陶瓷马克杯' }).where(eq(products.id, shop.productId))
  })

  it('answers a repeated key with the first answer, even after the order moved on', async () => {
    const k = key()
    const first = await callOk(database, 'order', 'create', { ...request([[0, 1]]), idempotencyKey: k }, { openid: buyer })
    await callOk(database, 'payment', 'simulate', { orderId: first.id }, { openid: buyer })
    const repeat = await callOk(database, 'order', 'create', { ...request([[0, 1]]), idempotencyKey: k }, { openid: buyer })
    expect(repeat).toEqual(first)
    expect(await database.db.select().from(orders).where(eq(orders.idempotencyKey, k))).toHaveLength(1)
    // Keys are per buyer: another buyer's same key is their own order.
    const other = await callOk(database, 'order', 'create', { ...request([[0, 1]]), idempotencyKey: k }, { openid: 'buyer-b' })
    expect(other.id).not.toBe(first.id)
  })

  it('refuses the same key with another payload: IDEMPOTENCY_MISMATCH, nothing changes', async () => {
    const k = key()
    await callOk(database, 'order', 'create', { ...request([[0, 1]]), idempotencyKey: k }, { openid: buyer })
    const stock = await stockOf(database.db, shop.skuIds[0])
    const answer = await call(database, 'order', 'create', { ...request([[0, 2]]), idempotencyKey: k }, { openid: buyer })
    expect(answer.status).toBe(409)
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'IDEMPOTENCY_MISMATCH' } })
    expect(await stockOf(database.db, shop.skuIds[0])).toBe(stock)
  })

  it('names the SKU that is short: OUT_OF_STOCK, no order, no stock taken, key free for a retry', async () => {
    const k = key()
    const before = await stockOf(database.db, shop.skuIds[0])
    const answer = await call(database, 'order', 'create', { ...request([[0, 1], [1, 4]]), idempotencyKey: k }, { openid: buyer })
    expect(answer.status).toBe(409)
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'OUT_OF_STOCK', details: { skuId: shop.skuIds[1], available: 3 } } })
    expect((answer.body as any).error.message).toContain('手工陶瓷马克杯（色1）')
    expect(await stockOf(database.db, shop.skuIds[0])).toBe(before)
    expect(await database.db.select().from(orders).where(eq(orders.idempotencyKey, k))).toHaveLength(0)
    // A failed attempt is not remembered: the same key may succeed later.
    const retry = await callOk(database, 'order', 'create', { ...request([[0, 1], [1, 3]]), idempotencyKey: k }, { openid: buyer })
    expect(retry.status).toBe('pending_payment')
    expect(await stockOf(database.db, shop.skuIds[1])).toBe(0)
    await callOk(database, 'order', 'cancel', { orderId: retry.id }, { openid: buyer })
    expect(await stockOf(database.db, shop.skuIds[1])).toBe(3)
  })

  it('PRICE_CHANGED when the shopper saw another total; they confirm the new one and it goes through', async () => {
    const k = key()
    const seen = await callOk(database, 'order', 'quote', request([[0, 1]]), { openid: buyer })
    await database.db.update(skus).set({ price: 1590 }).where(eq(skus.id, shop.skuIds[0]))
    const answer = await call(database, 'order', 'create', { ...request([[0, 1]], { expectedTotal: seen.total }), idempotencyKey: k }, { openid: buyer })
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'PRICE_CHANGED', details: { expectedTotal: seen.total, total: 1590 + EXPRESS_FEE } } })
    const ok = await callOk(database, 'order', 'create', { ...request([[0, 1]], { expectedTotal: 1590 + EXPRESS_FEE }), idempotencyKey: k }, { openid: buyer })
    expect(ok.total).toBe(1590 + EXPRESS_FEE)
    await database.db.update(skus).set({ price: 1290 }).where(eq(skus.id, shop.skuIds[0]))
  })

  it('refuses products that are off the shelf, and SKUs of another store', async () => {
    const draft = await makeStore(database, { skus: [{ price: 100, stock: 5 }], status: 'off_shelf' })
    const offShelf = await call(
      database,
      'order',
      'create',
      { storeId: draft.storeId, items: [{ skuId: draft.skuIds[0], quantity: 1 }], delivery: 'pickup', idempotencyKey: key() },
      { openid: buyer },
    )
    expect(offShelf.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const mixed = await call(database, 'order', 'create', { ...request([[0, 1]]), idempotencyKey: key(), storeId: draft.storeId }, { openid: buyer })
    expect(mixed.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await stockOf(database.db, draft.skuIds[0])).toBe(5)
  })

  it("copies the entry of the caller's own visit, and ignores someone else's visit", async () => {
    const entry = { source: 'weibo' as const, storeId: shop.storeId, campaign: 'spring' }
    const own = newId()
    const theirs = newId()
    await database.db.insert(visits).values([
      { id: own, openid: buyer, launchId: newId(), source: 'weibo', entry },
      { id: theirs, openid: 'someone-else', launchId: newId(), source: 'share', entry: { source: 'share' } },
    ])
    const attributed = await callOk(database, 'order', 'create', { ...request([[0, 1]]), idempotencyKey: key(), visitId: own }, { openid: buyer })
    expect(attributed.entry).toEqual(entry)
    const unattributed = await callOk(database, 'order', 'create', { ...request([[0, 1]]), idempotencyKey: key(), visitId: theirs }, { openid: buyer })
    expect(unattributed.entry).toBeNull()
    const [row] = await database.db.select().from(orders).where(eq(orders.id, attributed.id))
    expect(row.visitId).toBe(own)
  })

  it("ignores the caller's own visit to another store; a visit that named no store still counts", async () => {
    const elsewhere = { source: 'link' as const, scene: 1194, storeId: 'another-store', roomId: 'another-room', code: 'another-code', campaign: 'spring' }
    const away = newId()
    const storeless = newId()
    await database.db.insert(visits).values([
      { id: away, openid: buyer, launchId: newId(), source: 'link', storeId: 'another-store', campaign: 'spring', entry: elsewhere },
      { id: storeless, openid: buyer, launchId: newId(), source: 'search', entry: { source: 'search' } },
    ])
    const unattributed = await callOk(database, 'order', 'create', { ...request([[0, 1]]), idempotencyKey: key(), visitId: away }, { openid: buyer })
    expect(unattributed.entry).toBeNull()
    const [row] = await database.db.select().from(orders).where(eq(orders.id, unattributed.id))
    expect(row).toMatchObject({ entry: null, visitId: null })
    const searched = await callOk(database, 'order', 'create', { ...request([[0, 1]]), idempotencyKey: key(), visitId: storeless }, { openid: buyer })
    expect(searched.entry).toEqual({ source: 'search' })
  })

  it('shows a buyer only their own orders: another buyer gets NOT_FOUND for every action', async () => {
    const order = await callOk(database, 'order', 'create', { ...request([[0, 1]]), idempotencyKey: key() }, { openid: buyer })
    for (const action of ['get', 'cancel', 'pay', 'confirmReceipt']) {
      const answer = await call(database, 'order', action, { orderId: order.id }, { openid: 'intruder' })
      expect([action, answer.status, answer.body]).toMatchObject([action, 404, { ok: false, error: { code: 'NOT_FOUND' } }])
    }
    const refund = await call(database, 'order', 'requestRefund', { orderId: order.id, reason: '不想要了' }, { openid: 'intruder' })
    expect(refund.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const simulate = await call(database, 'payment', 'simulate', { orderId: order.id }, { openid: 'intruder' })
    expect(simulate.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const page = await callOk(database, 'order', 'list', {}, { openid: 'intruder' })
    expect(page.items).toEqual([])
    expect((await callOk(database, 'order', 'get', { orderId: order.id }, { openid: buyer })).status).toBe('pending_payment')
  })

  it('walks the whole life: pay → ship → confirm receipt, each illegal step is ORDER_STATE', async () => {
    const order = await callOk(database, 'order', 'create', { ...request([[0, 1]]), idempotencyKey: key() }, { openid: buyer })
    const start = await callOk(database, 'order', 'pay', { orderId: order.id }, { openid: buyer })
    expect(start).toMatchObject({ provider: 'simulated', params: { orderId: order.id, amount: order.total } })
    expect((await call(database, 'order', 'confirmReceipt', { orderId: order.id }, { openid: buyer })).body).toMatchObject({ error: { code: 'ORDER_STATE' } })

    const paid = await callOk(database, 'payment', 'simulate', { orderId: order.id }, { openid: buyer })
    expect(paid.status).toBe('paid')
    expect(paid.paidAt).not.toBeNull()
    for (const action of ['cancel', 'pay', 'confirmReceipt']) {
      const answer = await call(database, 'order', action, { orderId: order.id }, { openid: buyer })
      expect([action, answer.status, answer.body]).toMatchObject([action, 409, { error: { code: 'ORDER_STATE', details: { status: 'paid' } } }])
    }
    const messages = await database.db.select().from(outbox).where(eq(outbox.dedupeKey, `order-paid:${order.id}`))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ touser: buyer, kind: 'order_paid', page: `packages/order/pages/detail/index?id=${order.id}` })

    await callOk(database, 'merchant', 'ship', { orderId: order.id, carrier: 'SF', trackingNo: 'SF1234567890' }, { openid: shop.ownerOpenid })
    const done = await callOk(database, 'order', 'confirmReceipt', { orderId: order.id }, { openid: buyer })
    expect(done).toMatchObject({ status: 'completed', carrier: 'SF', trackingNo: 'SF1234567890' })
    expect(done.completedAt).not.toBeNull()
    expect((await call(database, 'order', 'requestRefund', { orderId: order.id, reason: '坏了' }, { openid: buyer })).body).toMatchObject({
      error: { code: 'ORDER_STATE' },
    })
    expect(await stockInvariantViolations(database.db, shop.initial)).toEqual([])
  })

  it('cancels an unpaid order once: stock comes back once, a second cancel is ORDER_STATE', async () => {
    const before = await stockOf(database.db, shop.skuIds[0])
    const order = await callOk(database, 'order', 'create', { ...request([[0, 3]]), idempotencyKey: key() }, { openid: buyer })
    expect(await stockOf(database.db, shop.skuIds[0])).toBe(before - 3)
    const cancelled = await callOk(database, 'order', 'cancel', { orderId: order.id }, { openid: buyer })
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '买家取消' })
    expect(await stockOf(database.db, shop.skuIds[0])).toBe(before)
    const again = await call(database, 'order', 'cancel', { orderId: order.id }, { openid: buyer })
    expect(again.body).toMatchObject({ ok: false, error: { code: 'ORDER_STATE', details: { status: 'cancelled' } } })
    expect(await stockOf(database.db, shop.skuIds[0])).toBe(before)
    expect((await call(database, 'order', 'pay', { orderId: order.id }, { openid: buyer })).body).toMatchObject({ error: { code: 'ORDER_STATE' } })
  })

  it('refuses to open a payment for an order past its expiry', async () => {
    const order = await callOk(database, 'order', 'create', { ...request([[0, 1]]), idempotencyKey: key() }, { openid: buyer })
    const later = () => new Date(Date.now() + 31 * 60_000)
    const answer = await call(database, 'order', 'pay', { orderId: order.id }, { openid: buyer, now: later })
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'ORDER_STATE' } })
    expect((await call(database, 'payment', 'simulate', { orderId: order.id }, { openid: buyer, now: later })).body).toMatchObject({
      error: { code: 'ORDER_STATE' },
    })
  })

  it('requests a refund of a paid order with a reason', async () => {
    const order = await callOk(database, 'order', 'create', { ...request([[0, 1]]), idempotencyKey: key() }, { openid: buyer })
    await callOk(database, 'payment', 'simulate', { orderId: order.id }, { openid: buyer })
    const missing = await call(database, 'order', 'requestRefund', { orderId: order.id, reason: '  ' }, { openid: buyer })
    expect(missing.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    const asked = await callOk(database, 'order', 'requestRefund', { orderId: order.id, reason: '拍错了' }, { openid: buyer })
    expect(asked).toMatchObject({ status: 'refund_requested', refundReason: '拍错了' })
    const [row] = await database.db.select().from(orders).where(eq(orders.id, order.id))
    expect(row.refundFrom).toBe('paid')
    const twice = await call(database, 'order', 'requestRefund', { orderId: order.id, reason: '拍错了' }, { openid: buyer })
    expect(twice.body).toMatchObject({ ok: false, error: { code: 'ORDER_STATE' } })
  })

  it('lists the buyer’s orders newest first, by status or by a tab of several statuses, page by page', async () => {
    const lister = 'buyer-lister'
    const made: string[] = []
    for (let i = 0; i < 5; i++) made.push((await callOk(database, 'order', 'create', { ...request([[0, 1]]), idempotencyKey: key() }, { openid: lister })).id)
    await callOk(database, 'payment', 'simulate', { orderId: made[1] }, { openid: lister })
    await callOk(database, 'order', 'cancel', { orderId: made[2] }, { openid: lister })
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: any = await callOk(database, 'order', 'list', { limit: 2, cursor }, { openid: lister })
      seen.push(...page.items.map((o: any) => o.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual([...made].reverse())
    const unpaid = await callOk(database, 'order', 'list', { status: 'pending_payment' }, { openid: lister })
    expect(unpaid.items.map((o: any) => o.id)).toEqual([made[4], made[3], made[0]])
    const closed = await callOk(database, 'order', 'list', { status: ['paid', 'cancelled'] }, { openid: lister })
    expect(closed.items.map((o: any) => o.id)).toEqual([made[2], made[1]])
    expect(closed.items[1].items).toHaveLength(1)
    expect(closed.items[1].storeName).toMatch(/^测试小店/)
  })

  it('getCartItems answers fresh price and stock, and only "gone" for what is off the shelf', async () => {
    const hidden = await makeStore(database, { skus: [{ price: 999, stock: 9 }], status: 'draft', title: '秘密新品' })
    const answer = await callOk(database, 'order', 'getCartItems', { skuIds: [shop.skuIds[1], hidden.skuIds[0], 'nosuchsku'] })
    expect(answer.items).toHaveLength(2)
    const live = answer.items.find((i: any) => i.skuId === shop.skuIds[1])
    expect(live).toMatchObject({ status: 'on_sale', price: 3500, stock: await stockOf(database.db, shop.skuIds[1]), storeId: shop.storeId })
    const gone = answer.items.find((i: any) => i.skuId === hidden.skuIds[0])
    expect(gone).toMatchObject({ status: 'off_sale', title: '', price: 0 })
  })
})
