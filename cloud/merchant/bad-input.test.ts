// Acceptance: bad input to every merchant and review action is a 4xx with a code, and
// nothing changes (every table's checksum is the same before and after).
import { dispatch } from '../dispatch'
import { registry } from '../functions'
import { merchant } from '../functions/merchant'
import { review } from '../functions/review'
import { databaseChecksum } from '../../tests/support/checksum'
import { insertComment, insertOrder, addProduct } from '../../tests/support/fixtures'
import { call, callOk, DATABASE_KIND, openTestDatabase, testCtx } from '../../tests/support/test-db'
import type { Database } from '../db/client'

const OWNER = 'bad-input-owner'
const BUYER = 'bad-input-buyer'

interface Ids {
  storeId: string
  productId: string
  skuId: string
  commentId: string
  orderId: string
  completedOrderId: string
}

const long = (n: number) => '长'.repeat(n)
const sku = { specs: { 颜色: '红' }, price: 100, stock: 1 }

const MERCHANT_CASES: Record<string, (ids: Ids) => unknown[]> = {
  openStore: () => [
    {},
    { name: '' },
    { name: '   ' },
    { name: long(31) },
    { name: 42 },
    { name: ['店'] },
    { name: '店\u0000名' },
    { name: '两行\n店名' },
    { name: '店', intro: long(201) },
    { name: '店', logo: 'javascript:alert(1)' },
    { name: '店', logo: '/files/uploads/../../etc/passwd' },
    { name: '店', logo: 'http://insecure.example.com/a.png' },
    { name: '店', hashtags: ['a', 'b', 'c', 'd', 'e', 'f'] },
    { name: '店', hashtags: ['#'] },
    { name: '店', hashtags: 'ootd' },
    { name: '店', category: '军火' },
    { name: '店', pickupAddress: long(101) },
    { name: '店', ownerOpenid: 'someone' },
    { name: '店', storeId: 'x' },
  ],
  listMyStores: () => [{ ownerOpenid: 'x' }, { limit: 5 }],
  saveShippingRules: (ids) => {
    const rules = { storeId: ids.storeId, baseFee: 800, freeOver: 9900, regions: [], pickup: { enabled: false } }
    return [
      {},
      { ...rules, storeId: undefined },
      { ...rules, baseFee: -1 },
      { ...rules, baseFee: 1.5 },
      { ...rules, baseFee: '8' },
      { ...rules, freeOver: null },
      { ...rules, regions: [{ provinces: ['火星'], fee: 100 }] },
      { ...rules, regions: [{ provinces: ['广东', '广东省'], fee: 100 }] },
      { ...rules, regions: [{ provinces: [], fee: 100 }] },
      { ...rules, regions: [{ provinces: ['广东省'], fee: 100_000 }] },
      { ...rules, regions: 'all' },
      { ...rules, pickup: { enabled: true, address: '' } },
      { ...rules, pickup: { enabled: true } },
      { ...rules, pickup: { enabled: true, address: long(101) } },
      { ...rules, pickup: { enabled: false, hours: '早\u0000晚' } },
      { ...rules, pickup: 'yes' },
      { ...rules, deliveryFee: 0 },
      { ...rules, storeId: 'missing-store' },
    ]
  },
  updateStore: (ids) => [
    {},
    { name: '新名' },
    { storeId: ids.storeId, name: '' },
    { storeId: ids.storeId, name: null },
    { storeId: ids.storeId, hashtags: ['a', 'b', 'c', 'd', 'e', 'f'] },
    { storeId: ids.storeId, category: '' },
    { storeId: ids.storeId, ownerOpenid: 'thief' },
    { storeId: "x' or 1=1 --", name: '新名' },
    { storeId: 'missing-store', name: '新名' },
  ],
  listProducts: (ids) => [
    {},
    { storeId: ids.storeId, status: 'deleted' },
    { storeId: ids.storeId, limit: 0 },
    { storeId: ids.storeId, limit: 51 },
    { storeId: ids.storeId, cursor: '!!' },
    { storeId: 'missing-store' },
  ],
  saveProduct: (ids) => [
    {},
    { storeId: ids.storeId, title: '无规格' },
    { storeId: ids.storeId, title: '无规格', skus: [] },
    { storeId: ids.storeId, title: '', skus: [sku] },
    { storeId: ids.storeId, title: long(61), skus: [sku] },
    { storeId: ids.storeId, title: '价', skus: [{ ...sku, price: 0 }] },
    { storeId: ids.storeId, title: '价', skus: [{ ...sku, price: 12.5 }] },
    { storeId: ids.storeId, title: '价', skus: [{ ...sku, price: '12.50' }] },
    { storeId: ids.storeId, title: '价', skus: [{ ...sku, price: 100_000_000 }] },
    { storeId: ids.storeId, title: '存', skus: [{ ...sku, stock: -1 }] },
    { storeId: ids.storeId, title: '存', skus: [{ ...sku, stock: 1_000_000 }] },
    { storeId: ids.storeId, title: '规', skus: [{ ...sku, specs: { '': '红' } }] },
    { storeId: ids.storeId, title: '规', skus: [{ ...sku, specs: { 颜色: '' } }] },
    { storeId: ids.storeId, title: '规', skus: [{ ...sku, specs: { 颜色: '红\u0000' } }] },
    { storeId: ids.storeId, title: '规', skus: [{ ...sku, specs: { a: '1', b: '1', c: '1', d: '1' } }] },
    { storeId: ids.storeId, title: '规', skus: [sku, sku] },
    { storeId: ids.storeId, title: '规', skus: Array.from({ length: 101 }, (_, i) => ({ ...sku, specs: { 颜色: `c${i}` } })) },
    { storeId: ids.storeId, title: '签', hashtags: ['a', 'b', 'c', 'd', 'e', 'f'], skus: [sku] },
    { storeId: ids.storeId, title: '图', images: Array.from({ length: 10 }, (_, i) => `/files/uploads/${i}.jpg`), skus: [sku] },
    { storeId: ids.storeId, title: '图', images: ['data:image/png;base64,AAAA'], skus: [sku] },
    { storeId: ids.storeId, title: '上架', status: 'on_sale', skus: [sku] },
    { storeId: ids.storeId, title: '态', status: 'published', skus: [sku] },
    { storeId: ids.storeId, title: '多', skus: [{ ...sku, sold: 5 }] },
    { storeId: ids.storeId, title: '找不到', productId: 'missing-product', skus: [sku] },
    { storeId: ids.storeId, title: '描述', description: long(2001), skus: [sku] },
  ],
  setProductStatus: (ids) => [
    {},
    { storeId: ids.storeId, productId: ids.productId },
    { storeId: ids.storeId, productId: ids.productId, status: 'sold_out' },
    { storeId: ids.storeId, productId: 'missing-product', status: 'off_shelf' },
  ],
  listComments: (ids) => [{}, { storeId: ids.storeId, status: 'deleted' }, { storeId: ids.storeId, kind: 'rant' }, { storeId: ids.storeId, limit: -1 }],
  deleteComment: (ids) => [{}, { storeId: ids.storeId }, { storeId: ids.storeId, commentId: 'missing-comment' }, { storeId: ids.storeId, commentId: [ids.commentId] }],
  approveComment: (ids) => [{}, { storeId: ids.storeId, commentId: 'missing-comment' }, { commentId: ids.commentId }],
  replyReview: (ids) => [
    {},
    { storeId: ids.storeId, reviewId: ids.commentId },
    { storeId: ids.storeId, reviewId: ids.commentId, text: '   ' },
    { storeId: ids.storeId, reviewId: ids.commentId, text: '回'.repeat(501) },
    { storeId: ids.storeId, reviewId: 'missing-comment', text: '谢谢' },
  ],
  reportReview: (ids) => [
    {},
    { storeId: ids.storeId, reviewId: ids.commentId },
    { storeId: ids.storeId, reviewId: ids.commentId, reason: '' },
    { storeId: ids.storeId, reviewId: 'missing-comment', reason: '恶意' },
  ],
  stats: (ids) => [{}, { storeId: ids.storeId }, { storeId: ids.storeId, period: 'week' }, { storeId: ids.storeId, period: '7d', from: '2020-01-01' }],
  listCategories: (ids) => [{}, { storeId: '../x' }, { storeId: ids.storeId, extra: 1 }],
  // 接龙: missing fields, unknown SKUs, a past end, a bad delivery, pickup without points, a 接龙 that does not exist.
  saveJielong: (ids) => [
    {},
    { storeId: ids.storeId, title: '接龙' },
    { storeId: ids.storeId, title: '', items: [{ skuId: ids.skuId }], endAt: '2030-01-01T00:00:00.000Z', delivery: 'express' },
    { storeId: ids.storeId, title: '接龙', items: [], endAt: '2030-01-01T00:00:00.000Z', delivery: 'express' },
    { storeId: ids.storeId, title: '接龙', items: [{ skuId: 'no-such-sku' }], endAt: '2030-01-01T00:00:00.000Z', delivery: 'express' },
    { storeId: ids.storeId, title: '接龙', items: [{ skuId: ids.skuId }], endAt: '2020-01-01T00:00:00.000Z', delivery: 'express' },
    { storeId: ids.storeId, title: '接龙', items: [{ skuId: ids.skuId }], endAt: '2030-01-01T00:00:00.000Z', delivery: 'drone' },
    { storeId: ids.storeId, title: '接龙', items: [{ skuId: ids.skuId }], endAt: '2030-01-01T00:00:00.000Z', delivery: 'pickup', pickupPoints: [] },
    { storeId: ids.storeId, jielongId: 'missing-jielong', title: '接龙', items: [{ skuId: ids.skuId }], endAt: '2030-01-01T00:00:00.000Z', delivery: 'express' },
  ],
  closeJielong: (ids) => [{}, { storeId: ids.storeId }, { storeId: ids.storeId, jielongId: 'missing-jielong' }],
  listJielongs: () => [{}, { storeId: '../x' }],
  jielongSheet: (ids) => [{}, { storeId: ids.storeId }, { storeId: ids.storeId, jielongId: 'missing-jielong' }],
  exportJielongSheet: (ids) => [
    {},
    { storeId: ids.storeId, jielongId: 'missing-jielong', format: 'csv' },
    { storeId: ids.storeId, jielongId: 'missing-jielong', format: 'pdf' },
    { storeId: ids.storeId, format: 'xlsx' },
  ],
  saveCategories: (ids) => [
    {},
    { storeId: ids.storeId },
    { storeId: ids.storeId, categories: 'x' },
    { storeId: ids.storeId, categories: [{ name: '', productIds: [] }] },
    { storeId: ids.storeId, categories: [{ name: long(13), productIds: [] }] },
    { storeId: ids.storeId, categories: [{ name: '甲', productIds: [ids.productId, ids.productId] }] },
    { storeId: ids.storeId, categories: [{ name: '甲', productIds: ['no-such-product'] }] },
    { storeId: ids.storeId, categories: [{ id: 'no-such-category', name: '甲', productIds: [] }] },
    { storeId: ids.storeId, categories: [{ name: '甲', productIds: [] }, { name: '甲', productIds: [] }] },
  ],
  listCustomers: (ids) => [{}, { storeId: ids.storeId, segment: 'vip' }, { storeId: ids.storeId, cursor: '!!' }, { storeId: ids.storeId, limit: 0 }],
  // Added by other features; their contract payloads missing their required fields.
  listOrders: (ids) => [{}, { storeId: ids.storeId, status: 'lost' }],
  ship: (ids) => [{}, { orderId: ids.orderId }, { orderId: ids.orderId, carrier: '顺丰速运' }],
  decideRefund: (ids) => [{}, { orderId: ids.orderId }, { orderId: ids.orderId, approve: 'yes' }],
  saveLiveRoom: (ids) => [{}, { storeId: ids.storeId }],
  listLiveRooms: () => [{}, { storeId: '../x' }, { storeId: 'missing-store' }],
  endLiveRoom: (ids) => [{}, { storeId: ids.storeId }, { storeId: ids.storeId, roomId: 'missing-room' }, { storeId: ids.storeId, roomId: 42 }],
  shipMany: (ids) => [
    {},
    { storeId: ids.storeId, orders: [] },
    { storeId: ids.storeId, orders: [{ orderId: ids.orderId }, { orderId: ids.orderId }] },
    { storeId: ids.storeId, orders: Array.from({ length: 51 }, (_, i) => ({ orderId: `o${i}` })) },
    { storeId: ids.storeId, orders: 'all' },
  ],
  pendingCounts: () => [{}, { storeId: 'missing-store' }],
  savePost: (ids) => [{}, { storeId: ids.storeId }, { storeId: ids.storeId, kind: 'novel', title: 'x' }],
  deletePost: (ids) => [{}, { storeId: ids.storeId }],
  // Staff (店员); the owner accepting their own store's invitation is covered in cloud/staff.
  inviteStaff: (ids) => [{}, { storeId: ids.storeId }, { storeId: ids.storeId, role: 'owner' }, { storeId: ids.storeId, role: 'boss' }],
  viewInvite: () => [{}, { inviteCode: '' }, { inviteCode: 'O0O0O0O0O0' }, { inviteCode: 'ZZZZZZZZZZ' }],
  acceptInvite: () => [{}, { inviteCode: 42 }, { inviteCode: '邀请码' }, { inviteCode: 'ZZZZZZZZZZ' }],
  listStaff: () => [{}, { storeId: 'missing-store' }],
  removeStaff: (ids) => [{}, { storeId: ids.storeId }, { storeId: ids.storeId, openid: 'not-a-member' }, { storeId: ids.storeId, openid: 'a b' }],
  alertSettings: () => [{}, { storeId: '' }],
  saveAlertSettings: (ids) => [{}, { storeId: ids.storeId, newOrder: true }, { storeId: ids.storeId, newOrder: true, lowStock: -1 }, { storeId: ids.storeId, newOrder: 1, lowStock: 0 }],
  grantAlerts: (ids) => [{}, { storeId: ids.storeId, kinds: [] }, { storeId: ids.storeId, kinds: ['sms'] }],
  listNotifications: (ids) => [{}, { storeId: ids.storeId, cursor: '!!' }, { storeId: ids.storeId, limit: 0 }],
  markNotificationsRead: () => [{}],
  exportOrders: (ids) => [
    {},
    { storeId: ids.storeId, from: '2026-12-01T00:00:00Z', to: '2026-11-01T00:00:00Z', format: 'csv' },
    { storeId: ids.storeId, from: '2026-12-01T00:00:00Z', to: '2026-12-02T00:00:00Z', format: 'pdf' },
  ],
  importProducts: (ids) => [{}, { storeId: ids.storeId }, { storeId: ids.storeId, fileUrl: 'http://127.0.0.1:22/x.csv' }, { storeId: ids.storeId, fileUrl: '/files/uploads/../x.csv' }],
  importTemplate: () => [{}],
  saveCoupon: (ids) => {
    const coupon = {
      storeId: ids.storeId, title: '满99减20', kind: 'amount', amountOff: 2000, minSpend: 9900, totalQuantity: 10, perPersonLimit: 1,
      startAt: '2026-01-01T00:00:00+08:00', endAt: '2027-01-01T00:00:00+08:00', audience: 'all',
    }
    return [
      {},
      { ...coupon, title: '' },
      { ...coupon, title: '券\u0000' },
      { ...coupon, kind: 'free' },
      { ...coupon, amountOff: undefined },
      { ...coupon, amountOff: 12.5 },
      { ...coupon, amountOff: 20000 },
      { ...coupon, kind: 'percent', amountOff: undefined, percentOff: 0 },
      { ...coupon, kind: 'percent', amountOff: undefined, percentOff: 91 },
      { ...coupon, minSpend: -1 },
      { ...coupon, totalQuantity: 0 },
      { ...coupon, perPersonLimit: 0 },
      { ...coupon, endAt: coupon.startAt },
      { ...coupon, startAt: 'tomorrow' },
      { ...coupon, audience: 'vip' },
      { ...coupon, productIds: ['missing-product'] },
      { ...coupon, couponId: 'missing-coupon' },
      { ...coupon, claimed: 0 },
      { ...coupon, storeId: 'missing-store' },
    ]
  },
  listCoupons: (ids) => [{}, { storeId: 'missing-store' }, { storeId: ids.storeId, status: 'all' }],
  setCouponStatus: (ids) => [{}, { storeId: ids.storeId, couponId: 'missing-coupon', status: 'stopped' }, { storeId: ids.storeId, couponId: 'x', status: 'deleted' }],
  grantCoupon: (ids) => [
    {},
    { storeId: ids.storeId, couponId: 'missing-coupon', openids: [BUYER] },
    { storeId: ids.storeId, couponId: 'x', openids: [] },
    { storeId: ids.storeId, couponId: 'x', openids: Array.from({ length: 101 }, (_, i) => `o${i}`) },
    { storeId: ids.storeId, couponId: 'x', openids: ['bad openid!'] },
  ],
}

const REVIEW_CASES: Record<string, (ids: Ids) => unknown[]> = {
  create: (ids) => [
    {},
    { orderId: ids.completedOrderId, rating: 5 },
    { orderId: ids.completedOrderId, rating: 0, text: '好' },
    { orderId: ids.completedOrderId, rating: 6, text: '好' },
    { orderId: ids.completedOrderId, rating: 4.5, text: '好' },
    { orderId: ids.completedOrderId, rating: '5', text: '好' },
    { orderId: ids.completedOrderId, rating: 5, text: long(501) },
    { orderId: ids.completedOrderId, rating: 5, text: '好\u0000' },
    { orderId: ids.completedOrderId, rating: 5, text: '好', images: ['ftp://x/a.jpg'] },
    { orderId: ids.completedOrderId, rating: 5, text: '好', images: Array.from({ length: 10 }, (_, i) => `/files/uploads/${i}.jpg`) },
    { orderId: ids.completedOrderId, rating: 5, text: '好', status: 'visible' },
    { orderId: ids.completedOrderId, productId: 'not-in-order', rating: 5, text: '好' },
    { orderId: ids.orderId, rating: 5, text: '还没收货' },
    { orderId: 'missing-order', rating: 5, text: '好' },
  ],
  list: (ids) => [{}, { productId: 'missing-product' }, { productId: ids.productId, limit: 100 }, { productId: ids.productId, cursor: '~' }],
}

describe(`bad input to every merchant and review action: 4xx with a code, nothing changes (${DATABASE_KIND})`, () => {
  let database: Database
  let ids: Ids

  beforeAll(async () => {
    database = await openTestDatabase()
    const storeId = (await callOk(database, 'merchant', 'openStore', { name: '校验小店' }, { openid: OWNER })).id
    const product = await addProduct(database, storeId)
    const line = [{ ...product, price: 1000, quantity: 1 }]
    ids = {
      storeId,
      productId: product.productId,
      skuId: product.skuId,
      commentId: await insertComment(database, { storeId, kind: 'review', targetId: product.productId, author: BUYER }),
      orderId: (await insertOrder(database, { storeId, buyer: BUYER, status: 'paid', lines: line })).orderId,
      completedOrderId: (await insertOrder(database, { storeId, buyer: BUYER, status: 'completed', lines: line })).orderId,
    }
  })
  afterAll(() => database.close())

  it('has cases for every action of both tables', () => {
    expect(Object.keys(merchant).filter((action) => !MERCHANT_CASES[action])).toEqual([])
    expect(Object.keys(review).filter((action) => !REVIEW_CASES[action])).toEqual([])
  })

  const run = async (fn: string, action: string, data: unknown, openid: string) => {
    const before = await databaseChecksum(database.db)
    const answer = await call(database, fn, action, data, { openid })
    const code = answer.body.ok ? 'accepted' : answer.body.error.code
    expect([action, data, answer.status >= 400 && answer.status < 500, code]).toEqual([action, data, true, expect.stringMatching(/^[A-Z_]+$/)])
    expect(await databaseChecksum(database.db)).toEqual(before)
  }

  it.each(Object.keys(merchant).filter((a) => MERCHANT_CASES[a]))('merchant.%s', async (action) => {
    for (const data of MERCHANT_CASES[action](ids)) await run('merchant', action, data, OWNER)
  })

  it.each(Object.keys(review))('review.%s', async (action) => {
    for (const data of REVIEW_CASES[action](ids)) await run('review', action, data, BUYER)
  })

  it('data that is not an object, and unknown actions, are refused too', async () => {
    for (const envelope of [{ action: 'saveProduct', data: [] }, { action: 'saveProduct', data: 'x' }, { action: 'dropStore', data: {} }]) {
      const before = await databaseChecksum(database.db)
      for (const fn of ['merchant', 'review']) {
        const answer = await dispatch(registry, fn, envelope, testCtx(database, { openid: OWNER }))
        expect(answer.status).toBe(400)
      }
      expect(await databaseChecksum(database.db)).toEqual(before)
    }
  })
})
