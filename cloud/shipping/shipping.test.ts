// Shipping rules end to end on a real database: what the owner saves, what shoppers read in
// catalog.getStore, and what order.quote / order.create charge for it, in hand-computed fen.
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { databaseChecksum } from '../../tests/support/checksum'
import { ADDRESS, makeStore, type Fixture } from '../../tests/support/fixtures'
import type { Database } from '../db/client'

let keySeq = 0
const key = () => `ship-${Date.now().toString(36)}-${++keySeq}`

const RULES = {
  baseFee: 600,
  freeOver: 8800,
  regions: [
    { provinces: ['新疆', '西藏自治区'], fee: 2500 },
    { provinces: ['广东省'], fee: 1200 },
  ],
  pickup: { enabled: true, address: '杭州市西湖区文三路 1 号', hours: '每天 10:00–20:00' },
}

describe(`shipping rules (${DATABASE_KIND})`, () => {
  let database: Database
  let shop: Fixture
  const as = (openid: string) => ({ openid })

  beforeAll(async () => {
    database = await openTestDatabase()
    // One SKU at ¥44.00: one unit is under the ¥88.00 threshold, two reach it exactly.
    shop = await makeStore(database, { skus: [{ price: 4400, stock: 500 }, { price: 4399, stock: 500 }] })
  })
  afterAll(() => database.close())

  it('saves the rules for the owner, with provinces as the address book names them, and shows them to shoppers', async () => {
    const saved = await callOk(database, 'merchant', 'saveShippingRules', { storeId: shop.storeId, ...RULES }, as(shop.ownerOpenid))
    const expected = {
      baseFee: 600,
      freeOver: 8800,
      regions: [
        { provinces: ['新疆维吾尔自治区', '西藏自治区'], fee: 2500 },
        { provinces: ['广东省'], fee: 1200 },
      ],
      pickup: { enabled: true, address: '杭州市西湖区文三路 1 号', hours: '每天 10:00–20:00' },
    }
    expect(saved).toEqual(expected)
    const store = await callOk(database, 'catalog', 'getStore', { storeId: shop.storeId })
    expect(store.shipping).toEqual(expected)
    // The pickup address is the store's own: the owner's store settings show the same one.
    const [mine] = (await callOk(database, 'merchant', 'listMyStores', {}, as(shop.ownerOpenid))).items
    expect(mine.pickupAddress).toBe('杭州市西湖区文三路 1 号')
  })

  // [what, lines (sku index, quantity), delivery, province or none, expected itemsTotal, deliveryFee]
  const totals: Array<[string, Array<[number, number]>, 'express' | 'pickup', string | null, number, number]> = [
    ['base fee (浙江, no region)', [[0, 1]], 'express', '浙江省', 4400, 600],
    ['region fee (广东)', [[0, 1]], 'express', '广东省', 4400, 1200],
    ['region fee, province as other sources write it (广东)', [[0, 1]], 'express', '广东', 4400, 1200],
    ['region fee, second province of a region (西藏)', [[1, 1]], 'express', '西藏自治区', 4399, 2500],
    ['one fen under free-over: region fee', [[0, 1], [1, 1]], 'express', '广东省', 8799, 1200],
    ['exactly free-over: free', [[0, 2]], 'express', '新疆维吾尔自治区', 8800, 0],
    ['pickup: free', [[0, 1]], 'pickup', null, 4400, 0],
  ]
  it.each(totals)('charges %s', async (_what, lines, delivery, province, itemsTotal, deliveryFee) => {
    const request = {
      storeId: shop.storeId,
      items: lines.map(([index, quantity]) => ({ skuId: shop.skuIds[index], quantity })),
      delivery,
      ...(province ? { address: { ...ADDRESS, provinceName: province } } : {}),
    }
    const want = { itemsTotal, deliveryFee, total: itemsTotal + deliveryFee }
    expect(await callOk(database, 'order', 'quote', request, as('ship-buyer'))).toMatchObject(want)
    const order = await callOk(database, 'order', 'create', { ...request, idempotencyKey: key() }, as('ship-buyer'))
    expect(order).toMatchObject(want)
    expect(await callOk(database, 'order', 'get', { orderId: order.id }, as('ship-buyer'))).toMatchObject(want)
  })

  it('quotes the base fee before the address is known', async () => {
    const quote = await callOk(database, 'order', 'quote', { storeId: shop.storeId, items: [{ skuId: shop.skuIds[0], quantity: 1 }], delivery: 'express' }, as('ship-buyer'))
    expect(quote).toMatchObject({ deliveryFee: 600, total: 5000 })
  })

  it('refuses a delivery fee sent by the client, and changes nothing', async () => {
    const before = await databaseChecksum(database.db)
    const request = { storeId: shop.storeId, items: [{ skuId: shop.skuIds[0], quantity: 1 }], address: ADDRESS, delivery: 'express', deliveryFee: 0 }
    for (const action of ['quote', 'create']) {
      const answer = await call(database, 'order', action, action === 'create' ? { ...request, idempotencyKey: key() } : request, as('ship-buyer'))
      expect([action, answer.body.ok ? 'ok' : answer.body.error]).toEqual([action, expect.objectContaining({ code: 'VALIDATION_FAILED', message: expect.stringContaining('deliveryFee') })])
    }
    expect(await databaseChecksum(database.db)).toBe(before)
  })

  it('refuses pickup from a store that offers none, in Chinese, and changes nothing', async () => {
    const noPickup = await makeStore(database, { skus: [{ price: 1000, stock: 5 }], pickupAddress: '' })
    expect((await callOk(database, 'catalog', 'getStore', { storeId: noPickup.storeId })).shipping).toEqual({
      baseFee: 800,
      freeOver: 9900,
      regions: [],
      pickup: { enabled: false, address: '', hours: '' },
    })
    const before = await databaseChecksum(database.db)
    const request = { storeId: noPickup.storeId, items: [{ skuId: noPickup.skuIds[0], quantity: 1 }], delivery: 'pickup' }
    for (const action of ['quote', 'create']) {
      const answer = await call(database, 'order', action, action === 'create' ? { ...request, idempotencyKey: key() } : request, as('ship-buyer'))
      expect(answer.status).toBe(400)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: '这家店铺暂不提供到店自提，请选择快递配送' } })
    }
    expect(await databaseChecksum(database.db)).toBe(before)
    // Switched off by the owner: the address stays, pickup is no longer offered.
    await callOk(database, 'merchant', 'saveShippingRules', { storeId: shop.storeId, ...RULES, pickup: { enabled: false } }, as(shop.ownerOpenid))
    const off = await call(database, 'order', 'quote', { storeId: shop.storeId, items: [{ skuId: shop.skuIds[0], quantity: 1 }], delivery: 'pickup' }, as('ship-buyer'))
    expect(off.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect((await callOk(database, 'catalog', 'getStore', { storeId: shop.storeId })).shipping?.pickup).toEqual({
      enabled: false,
      address: '杭州市西湖区文三路 1 号',
      hours: '每天 10:00–20:00',
    })
    await callOk(database, 'merchant', 'saveShippingRules', { storeId: shop.storeId, ...RULES }, as(shop.ownerOpenid))
  })

  it('puts the pickup address given when opening a store into its shipping rules', async () => {
    const opened = await callOk(database, 'merchant', 'openStore', { name: '自提小店', pickupAddress: '大理古城人民路 9 号' }, as('opener'))
    expect((await callOk(database, 'catalog', 'getStore', { storeId: opened.id })).shipping?.pickup).toEqual({ enabled: true, address: '大理古城人民路 9 号', hours: '' })
    const bare = await callOk(database, 'merchant', 'openStore', { name: '无自提小店' }, as('opener'))
    expect((await callOk(database, 'catalog', 'getStore', { storeId: bare.id })).shipping?.pickup.enabled).toBe(false)
  })

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['a province that does not exist', { regions: [{ provinces: ['火星省'], fee: 100 }] }, '「火星省」不是省份名称'],
    ['a province in two regions', { regions: [{ provinces: ['广东'], fee: 100 }, { provinces: ['广东省'], fee: 200 }] }, '广东省只能属于一个地区'],
    ['a region without provinces', { regions: [{ provinces: [], fee: 100 }] }, '每个地区至少选一个省份'],
    ['a negative fee', { baseFee: -1 }, '基础运费不能为负数'],
    ['a fee in yuan with decimals', { baseFee: 8.5 }, '基础运费应为整数（分）'],
    ['a fee over ¥999', { regions: [{ provinces: ['北京市'], fee: 100_000 }] }, '地区运费最多 ¥999.00'],
    ['a fee as text', { freeOver: '88' }, 'freeOver'],
    ['pickup on without an address', { pickup: { enabled: true, address: '' } }, '开启到店自提需要填写自提地址'],
    ['pickup hours too long', { pickup: { enabled: true, hours: '时'.repeat(51) } }, '自提时间'],
    ['a fee field of the client’s own', { deliveryFee: 0 }, 'deliveryFee'],
  ]
  it.each(bad)('refuses %s and changes nothing', async (_what, change, message) => {
    const store = await makeStore(database, { skus: [{ price: 100, stock: 1 }], pickupAddress: '' })
    const before = await databaseChecksum(database.db)
    const answer = await call(database, 'merchant', 'saveShippingRules', { storeId: store.storeId, ...RULES, pickup: { enabled: false }, ...change }, as(store.ownerOpenid))
    expect(answer.status).toBe(400)
    expect(answer.body.ok ? null : answer.body.error.code).toBe('VALIDATION_FAILED')
    expect(JSON.stringify(answer.body)).toContain(message)
    expect(await databaseChecksum(database.db)).toBe(before)
  })

  it('lets no one but the owner save rules', async () => {
    const rival = await makeStore(database, { skus: [{ price: 100, stock: 1 }] })
    const before = await databaseChecksum(database.db)
    const other = await call(database, 'merchant', 'saveShippingRules', { storeId: shop.storeId, ...RULES, baseFee: 0 }, as(rival.ownerOpenid))
    expect(other.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const anonymous = await call(database, 'merchant', 'saveShippingRules', { storeId: shop.storeId, ...RULES, baseFee: 0 }, {})
    expect(anonymous.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await databaseChecksum(database.db)).toBe(before)
  })

  it('passes the pickup address and hours through content security', async () => {
    const store = await makeStore(database, { skus: [{ price: 100, stock: 1 }] })
    const held = await call(database, 'merchant', 'saveShippingRules', { storeId: store.storeId, ...RULES, pickup: { enabled: true, hours: '加微信预约' } }, as(store.ownerOpenid))
    expect(held.body).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
  })
})
