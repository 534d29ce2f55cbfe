// Bad input to every order and payment action: a 4xx with a code, and nothing changes.
import { call, DATABASE_KIND, openTestDatabase, type CallOptions } from '../../tests/support/test-db'
import { ADDRESS, makeStore, orderRequest, placeOrder, type Fixture } from '../../tests/support/fixtures'
import { orderTablesSnapshot } from '../../tests/support/order-checks'
import type { Database } from '../db/client'

describe(`bad input to order and payment actions (${DATABASE_KIND})`, () => {
  let database: Database
  let shop: Fixture
  let orderId: string
  const buyer = 'careful-buyer'

  beforeAll(async () => {
    database = await openTestDatabase()
    shop = await makeStore(database, { skus: [{ price: 1500, stock: 10 }] })
    const order = await placeOrder(database, buyer, orderRequest(shop, [[0, 1]], { idempotencyKey: 'seed-order-key' }))
    orderId = order.id
  })
  afterAll(() => database.close())

  const good = () => orderRequest(shop, [[0, 1]], { idempotencyKey: 'a-fresh-key-123' })
  const line = (quantity: unknown) => ({ ...good(), items: [{ skuId: shop.skuIds[0], quantity }] })
  const manyLines = () => ({ ...good(), items: Array.from({ length: 10_000 }, (_, i) => ({ skuId: `sku${i}`, quantity: 1 })) })

  type Case = [name: string, fn: string, action: string, data: () => unknown, code: string, options?: CallOptions]
  const asBuyer: CallOptions = { openid: buyer }
  const cases: Case[] = [
    ['no identity', 'order', 'create', good, 'UNAUTHENTICATED', {}],
    ['data is not an object', 'order', 'create', () => 'items', 'VALIDATION_FAILED', asBuyer],
    ['items is a string', 'order', 'create', () => ({ ...good(), items: 'x' }), 'VALIDATION_FAILED', asBuyer],
    ['storeId is a number', 'order', 'create', () => ({ ...good(), storeId: 123 }), 'VALIDATION_FAILED', asBuyer],
    ['quantity is a string', 'order', 'create', () => line('1'), 'VALIDATION_FAILED', asBuyer],
    ['negative quantity', 'order', 'create', () => line(-1), 'VALIDATION_FAILED', asBuyer],
    ['zero quantity', 'order', 'create', () => line(0), 'VALIDATION_FAILED', asBuyer],
    ['fractional quantity', 'order', 'create', () => line(1.5), 'VALIDATION_FAILED', asBuyer],
    ['quantity over the cap', 'order', 'create', () => line(100), 'VALIDATION_FAILED', asBuyer],
    ['NaN-like quantity', 'order', 'create', () => line(null), 'VALIDATION_FAILED', asBuyer],
    ['10,000 line items', 'order', 'create', manyLines, 'VALIDATION_FAILED', asBuyer],
    ['no line items', 'order', 'create', () => ({ ...good(), items: [] }), 'VALIDATION_FAILED', asBuyer],
    ['the same SKU twice', 'order', 'create', () => ({ ...good(), items: [good().items[0], good().items[0]] }), 'VALIDATION_FAILED', asBuyer],
    ['a price sent with the line (tampered)', 'order', 'create', () => ({ ...good(), items: [{ ...good().items[0], price: 1 }] }), 'VALIDATION_FAILED', asBuyer],
    ['a total sent with the order (tampered)', 'order', 'create', () => ({ ...good(), total: 1 }), 'VALIDATION_FAILED', asBuyer],
    ['a lower expected total (tampered)', 'order', 'create', () => ({ ...good(), expectedTotal: 1 }), 'PRICE_CHANGED', asBuyer],
    ['a negative expected total', 'order', 'create', () => ({ ...good(), expectedTotal: -100 }), 'VALIDATION_FAILED', asBuyer],
    ['a buyer id in the payload', 'order', 'create', () => ({ ...good(), openid: 'someone' }), 'VALIDATION_FAILED', asBuyer],
    ['express without an address', 'order', 'create', () => ({ ...good(), address: undefined }), 'VALIDATION_FAILED', asBuyer],
    ['a phone that is not a phone', 'order', 'create', () => ({ ...good(), address: { ...ADDRESS, telNumber: '12345' } }), 'VALIDATION_FAILED', asBuyer],
    ['an empty receiver', 'order', 'create', () => ({ ...good(), address: { ...ADDRESS, userName: '  ' } }), 'VALIDATION_FAILED', asBuyer],
    ['an unknown delivery method', 'order', 'create', () => ({ ...good(), delivery: 'drone' }), 'VALIDATION_FAILED', asBuyer],
    ['a note of 201 characters', 'order', 'create', () => ({ ...good(), note: '字'.repeat(201) }), 'VALIDATION_FAILED', asBuyer],
    ['a note with a NUL character', 'order', 'create', () => ({ ...good(), note: 'a\u0000b' }), 'VALIDATION_FAILED', asBuyer],
    ['an address with a control character', 'order', 'create', () => ({ ...good(), address: { ...ADDRESS, detailInfo: '路\u0007' } }), 'VALIDATION_FAILED', asBuyer],
    ['a short idempotency key', 'order', 'create', () => ({ ...good(), idempotencyKey: 'abc' }), 'VALIDATION_FAILED', asBuyer],
    ['no idempotency key', 'order', 'create', () => ({ ...good(), idempotencyKey: undefined }), 'VALIDATION_FAILED', asBuyer],
    ['an unknown SKU', 'order', 'create', () => ({ ...good(), items: [{ skuId: 'nosuchsku', quantity: 1 }] }), 'NOT_FOUND', asBuyer],
    ['an unknown store', 'order', 'create', () => ({ ...good(), storeId: 'nosuchstore' }), 'NOT_FOUND', asBuyer],
    ['more than in stock', 'order', 'create', () => line(11), 'OUT_OF_STOCK', asBuyer],
    ['the seed key with another payload', 'order', 'create', () => ({ ...line(2), idempotencyKey: 'seed-order-key' }), 'IDEMPOTENCY_MISMATCH', asBuyer],
    ['quote: fractional quantity', 'order', 'quote', () => ({ ...line(0.5), idempotencyKey: undefined }), 'VALIDATION_FAILED', asBuyer],
    ['quote: 10,000 line items', 'order', 'quote', () => ({ ...manyLines(), idempotencyKey: undefined }), 'VALIDATION_FAILED', asBuyer],
    ['quote: an idempotency key is not its field', 'order', 'quote', good, 'VALIDATION_FAILED', asBuyer],
    ['pay: someone else’s order', 'order', 'pay', () => ({ orderId }), 'NOT_FOUND', { openid: 'intruder' }],
    ['pay: an id with symbols', 'order', 'pay', () => ({ orderId: "x' or 1=1" }), 'VALIDATION_FAILED', asBuyer],
    ['pay: an amount in the payload', 'order', 'pay', () => ({ orderId, amount: 1 }), 'VALIDATION_FAILED', asBuyer],
    ['get: an array id', 'order', 'get', () => ({ orderId: [orderId] }), 'VALIDATION_FAILED', asBuyer],
    ['get: someone else’s order', 'order', 'get', () => ({ orderId }), 'NOT_FOUND', { openid: 'intruder' }],
    ['list: an unknown status', 'order', 'list', () => ({ status: 'lost' }), 'VALIDATION_FAILED', asBuyer],
    ['list: a limit of 1000', 'order', 'list', () => ({ limit: 1000 }), 'VALIDATION_FAILED', asBuyer],
    ['list: a forged cursor', 'order', 'list', () => ({ cursor: '!!' }), 'VALIDATION_FAILED', asBuyer],
    ['cancel: someone else’s order', 'order', 'cancel', () => ({ orderId }), 'NOT_FOUND', { openid: 'intruder' }],
    ['cancel: a number id', 'order', 'cancel', () => ({ orderId: 42 }), 'VALIDATION_FAILED', asBuyer],
    ['confirmReceipt: an unpaid order', 'order', 'confirmReceipt', () => ({ orderId }), 'ORDER_STATE', asBuyer],
    ['requestRefund: an unpaid order', 'order', 'requestRefund', () => ({ orderId, reason: '不想要了' }), 'ORDER_STATE', asBuyer],
    ['requestRefund: a reason of 201 characters', 'order', 'requestRefund', () => ({ orderId, reason: '字'.repeat(201) }), 'VALIDATION_FAILED', asBuyer],
    ['requestRefund: a NUL in the reason', 'order', 'requestRefund', () => ({ orderId, reason: '\u0000' }), 'VALIDATION_FAILED', asBuyer],
    ['requestRefund: no reason', 'order', 'requestRefund', () => ({ orderId }), 'VALIDATION_FAILED', asBuyer],
    ['getCartItems: 101 SKUs', 'order', 'getCartItems', () => ({ skuIds: Array.from({ length: 101 }, (_, i) => `s${i}`) }), 'VALIDATION_FAILED', asBuyer],
    ['getCartItems: not a list', 'order', 'getCartItems', () => ({ skuIds: 'a,b' }), 'VALIDATION_FAILED', asBuyer],
    ['an unknown action', 'order', 'deleteAll', () => ({}), 'VALIDATION_FAILED', asBuyer],
    ['notify: called by a user', 'payment', 'notify', () => ({ outTradeNo: orderId, totalFee: 1, transactionId: 't1', resultCode: 'SUCCESS' }), 'FORBIDDEN', asBuyer],
    ['notify: a forged amount', 'payment', 'notify', () => ({ outTradeNo: orderId, totalFee: 1, transactionId: 't1', resultCode: 'SUCCESS' }), 'VALIDATION_FAILED', { caller: 'platform' }],
    ['notify: a negative amount', 'payment', 'notify', () => ({ outTradeNo: orderId, totalFee: -1, transactionId: 't1', resultCode: 'SUCCESS' }), 'VALIDATION_FAILED', { caller: 'platform' }],
    ['notify: a fractional amount', 'payment', 'notify', () => ({ outTradeNo: orderId, totalFee: 15.5, transactionId: 't1', resultCode: 'SUCCESS' }), 'VALIDATION_FAILED', { caller: 'platform' }],
    ['notify: an unknown order', 'payment', 'notify', () => ({ outTradeNo: 'nosuchorder', totalFee: 1500, transactionId: 't1', resultCode: 'SUCCESS' }), 'NOT_FOUND', { caller: 'platform' }],
    ['notify: no fields', 'payment', 'notify', () => ({}), 'VALIDATION_FAILED', { caller: 'platform' }],
    ['simulate: someone else’s order', 'payment', 'simulate', () => ({ orderId }), 'NOT_FOUND', { openid: 'intruder' }],
    ['simulate: in production', 'payment', 'simulate', () => ({ orderId }), 'FORBIDDEN', { openid: buyer, production: true }],
    ['simulate: an extra amount', 'payment', 'simulate', () => ({ orderId, totalFee: 1 }), 'VALIDATION_FAILED', asBuyer],
  ]

  const table = cases.map(([name, fn, action, data, code, options]) => ({ name, fn, action, data, code, options }))
  it.each(table)('$name [$fn $action] → 4xx $code, nothing changes', async ({ fn, action, data, code, options }) => {
    const before = await orderTablesSnapshot(database.db)
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const answer = await call(database, fn, action, data(), options)
    warn.mockRestore()
    expect(answer.body).toMatchObject({ ok: false, error: { code } })
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    expect(await orderTablesSnapshot(database.db)).toBe(before)
  })
})
