// Acceptance: for every merchant action, a second merchant using the first store's ids gets
// FORBIDDEN or NOT_FOUND and nothing of the first store changes; a shopper gets FORBIDDEN.
// Actions other features add to the merchant table (orders, live rooms, posts) are covered
// here by their contract payloads as soon as they are in the table.
import { merchant } from '../functions/merchant'
import { databaseChecksum, tableChecksums } from '../../tests/support/checksum'
import { insertComment, insertOrder, addProduct, openStore, insertVisit } from '../../tests/support/fixtures'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { newId } from '../db/ids'
import { entryCodes, liveRooms } from '../db/schema'

const A = 'merchant-a'
const B = 'merchant-b'
const SHOPPER = 'just-a-shopper'

interface Ids {
  storeA: string
  storeB: string
  productA: string
  skuA: string
  draftA: string
  reviewA: string
  heldA: string
  paidOrderA: string
  refundOrderA: string
  couponA: string
  jielongA: string
  roomA: string
}

type Payloads = (ids: Ids) => Array<Record<string, unknown>>

/** What merchant B tries with A's ids: A's store id, or B's own store id with A's object ids. */
const CROSS: Record<string, Payloads> = {
  updateStore: (ids) => [{ storeId: ids.storeA, name: '被改名了' }, { storeId: ids.storeA, hashtags: [] }],
  listProducts: (ids) => [{ storeId: ids.storeA }, { storeId: ids.storeA, status: 'draft' }],
  saveProduct: (ids) => [
    { storeId: ids.storeA, title: '偷偷上架', skus: [{ specs: {}, price: 1, stock: 1 }] },
    { storeId: ids.storeA, productId: ids.productA, title: '改掉', skus: [{ specs: {}, price: 1, stock: 1 }] },
    { storeId: ids.storeB, productId: ids.productA, title: '改掉', skus: [{ specs: {}, price: 1, stock: 1 }] },
  ],
  setProductStatus: (ids) => [
    { storeId: ids.storeA, productId: ids.productA, status: 'off_shelf' },
    { storeId: ids.storeB, productId: ids.productA, status: 'off_shelf' },
    { storeId: ids.storeB, productId: ids.draftA, status: 'on_sale' },
  ],
  listComments: (ids) => [{ storeId: ids.storeA }, { storeId: ids.storeA, status: 'held' }],
  deleteComment: (ids) => [
    { storeId: ids.storeA, commentId: ids.reviewA },
    { storeId: ids.storeB, commentId: ids.reviewA },
  ],
  approveComment: (ids) => [
    { storeId: ids.storeA, commentId: ids.heldA },
    { storeId: ids.storeB, commentId: ids.heldA },
  ],
  replyReview: (ids) => [
    { storeId: ids.storeA, reviewId: ids.reviewA, text: '谢谢' },
    { storeId: ids.storeB, reviewId: ids.reviewA, text: '谢谢' },
  ],
  reportReview: (ids) => [
    { storeId: ids.storeA, reviewId: ids.reviewA, reason: '恶意评价' },
    { storeId: ids.storeB, reviewId: ids.reviewA, reason: '恶意评价' },
  ],
  stats: (ids) => [{ storeId: ids.storeA, period: 'today' }, { storeId: ids.storeA, period: '30d' }],
  // Added to the table by the order, live and post features (DESIGN.md section 3 payloads).
  listOrders: (ids) => [{ storeId: ids.storeA }, { storeId: ids.storeA, status: 'paid' }],
  ship: (ids) => [{ orderId: ids.paidOrderA, carrier: '顺丰速运', trackingNo: 'SF1234567890' }],
  decideRefund: (ids) => [
    { orderId: ids.refundOrderA, approve: true },
    { orderId: ids.refundOrderA, approve: false, reason: '不同意' },
  ],
  saveLiveRoom: (ids) => [
    { storeId: ids.storeA, title: '别人的直播', startAt: '2030-01-01T12:00:00.000Z', endAt: '2030-01-01T14:00:00.000Z', productIds: [ids.productA] },
  ],
  savePost: (ids) => [{ storeId: ids.storeA, kind: 'article', title: '别人的动态', body: '正文' }],
  deletePost: (ids) => [{ storeId: ids.storeA, postId: newId() }],
  saveShippingRules: (ids) => [
    { storeId: ids.storeA, baseFee: 0, freeOver: 0, regions: [], pickup: { enabled: false } },
    { storeId: ids.storeA, baseFee: 99_900, freeOver: 0, regions: [{ provinces: ['广东省'], fee: 0 }], pickup: { enabled: true, address: 'B 的地址' } },
  ],
  // Staff (店员): only the store's owner invites, lists and removes.
  inviteStaff: (ids) => [{ storeId: ids.storeA, role: 'manager' }],
  listStaff: (ids) => [{ storeId: ids.storeA }],
  removeStaff: (ids) => [{ storeId: ids.storeA, openid: B }, { storeId: ids.storeA, openid: SHOPPER }],
  // Coupons: A's store, or B's own store with A's coupon.
  saveCoupon: (ids) => [
    { storeId: ids.storeA, ...COUPON },
    { storeId: ids.storeA, couponId: ids.couponA, ...COUPON, title: '改掉' },
    { storeId: ids.storeB, couponId: ids.couponA, ...COUPON, title: '改掉' },
  ],
  listCoupons: (ids) => [{ storeId: ids.storeA }],
  setCouponStatus: (ids) => [
    { storeId: ids.storeA, couponId: ids.couponA, status: 'stopped' },
    { storeId: ids.storeB, couponId: ids.couponA, status: 'stopped' },
  ],
  grantCoupon: (ids) => [
    { storeId: ids.storeA, couponId: ids.couponA, openids: [SHOPPER] },
    { storeId: ids.storeB, couponId: ids.couponA, openids: [SHOPPER] },
  ],
  // Categories and customers.
  listCategories: (ids) => [{ storeId: ids.storeA }],
  saveCategories: (ids) => [
    { storeId: ids.storeA, categories: [] },
    { storeId: ids.storeA, categories: [{ name: '偷改', productIds: [ids.productA] }] },
    { storeId: ids.storeB, categories: [{ name: '拿来', productIds: [ids.productA] }] },
  ],
  listCustomers: (ids) => [{ storeId: ids.storeA }, { storeId: ids.storeA, segment: 'repeat' }],
  // Alerts, export, import.
  alertSettings: (ids) => [{ storeId: ids.storeA }],
  saveAlertSettings: (ids) => [{ storeId: ids.storeA, newOrder: false, lowStock: 0 }],
  grantAlerts: (ids) => [{ storeId: ids.storeA, kinds: ['new_order'] }],
  listNotifications: (ids) => [{ storeId: ids.storeA }],
  markNotificationsRead: (ids) => [{ storeId: ids.storeA }],
  exportOrders: (ids) => [{ storeId: ids.storeA, from: '2020-01-01T00:00:00.000Z', to: '2020-12-31T00:00:00.000Z', format: 'csv' }],
  importProducts: (ids) => [{ storeId: ids.storeA, fileUrl: '/files/uploads/2026-01/abcdefghijklmnop.csv', dryRun: true }],
  importTemplate: (ids) => [{ storeId: ids.storeA }],
  // 接龙: A's store, or B's own store with A's 接龙.
  saveJielong: (ids) => [
    { storeId: ids.storeA, title: '别人的接龙', items: [{ skuId: ids.skuA }], endAt: '2030-01-01T00:00:00.000Z', delivery: 'express' },
    { storeId: ids.storeB, jielongId: ids.jielongA, title: '改掉', items: [{ skuId: ids.skuA }], endAt: '2030-01-01T00:00:00.000Z', delivery: 'express' },
  ],
  closeJielong: (ids) => [{ storeId: ids.storeA, jielongId: ids.jielongA }, { storeId: ids.storeB, jielongId: ids.jielongA }],
  listJielongs: (ids) => [{ storeId: ids.storeA }],
  jielongSheet: (ids) => [{ storeId: ids.storeA, jielongId: ids.jielongA }, { storeId: ids.storeB, jielongId: ids.jielongA }],
  exportJielongSheet: (ids) => [
    { storeId: ids.storeA, jielongId: ids.jielongA, format: 'xlsx' },
    { storeId: ids.storeB, jielongId: ids.jielongA, format: 'csv' },
  ],
  listLiveRooms: (ids) => [{ storeId: ids.storeA }],
  endLiveRoom: (ids) => [{ storeId: ids.storeA, roomId: ids.roomA }, { storeId: ids.storeB, roomId: ids.roomA }],
  // Another store's order inside one's own batch is refused per order (cloud/merchant-orders/order-tools.test.ts).
  shipMany: (ids) => [{ storeId: ids.storeA, orders: [{ orderId: ids.paidOrderA, carrier: '顺丰速运', trackingNo: 'SF1234567890' }] }],
  pendingCounts: (ids) => [{ storeId: ids.storeA }],
}

const COUPON = {
  title: '满100减10', kind: 'amount' as const, amountOff: 1000, minSpend: 10_000, totalQuantity: 10, perPersonLimit: 1,
  startAt: '2026-01-01T00:00:00.000Z', endAt: '2030-01-01T00:00:00.000Z', audience: 'all' as const,
}

/** Not scoped to a store: anyone may open one, and one's own list holds only one's own. */
/** An invitation is reached by its code, and the code names its store (cloud/staff/staff.test.ts). */
const NOT_STORE_SCOPED = ['openStore', 'listMyStores', 'viewInvite', 'acceptInvite']

describe(`merchant isolation: every action refuses another's store (${DATABASE_KIND})`, () => {
  let database: Database
  let ids: Ids
  const actions = Object.keys(merchant)

  beforeAll(async () => {
    database = await openTestDatabase()
    const storeA = (await callOk(database, 'merchant', 'openStore', { name: 'A 店', hashtags: ['甲'] }, { openid: A })).id
    const storeB = (await openStore(database, { ownerOpenid: B, name: 'B 店' })).storeId
    const product = await addProduct(database, storeA, { title: 'A 的商品' })
    const draft = await addProduct(database, storeA, { title: 'A 的草稿', status: 'draft' })
    await addProduct(database, storeB, { title: 'B 的商品' })
    const line = [{ ...product, price: 1000, quantity: 1 }]
    const paid = await insertOrder(database, { storeId: storeA, buyer: SHOPPER, status: 'paid', lines: line, entry: { source: 'qr' } })
    const refund = await insertOrder(database, { storeId: storeA, buyer: SHOPPER, status: 'refund_requested', lines: line })
    await insertVisit(database, { storeId: storeA, openid: SHOPPER, source: 'qr' })
    await database.db.insert(entryCodes).values({ id: newId(), kind: 'qr', storeId: storeA, scene: newId(), path: 'pages/home/index', createdBy: A })
    const roomA = newId()
    await database.db.insert(liveRooms).values({
      id: roomA, storeId: storeA, platformRoomId: `twin-${roomA}`, title: 'A 的直播',
      startAt: new Date('2030-01-01T12:00:00.000Z'), endAt: new Date('2030-01-01T14:00:00.000Z'),
    })
    ids = {
      storeA,
      storeB,
      productA: product.productId,
      skuA: product.skuId,
      draftA: draft.productId,
      reviewA: await insertComment(database, { storeId: storeA, kind: 'review', targetId: product.productId, author: SHOPPER }),
      heldA: await insertComment(database, { storeId: storeA, kind: 'live', targetId: 'room', author: SHOPPER, status: 'held' }),
      paidOrderA: paid.orderId,
      refundOrderA: refund.orderId,
      couponA: (await callOk(database, 'merchant', 'saveCoupon', { storeId: storeA, ...COUPON }, { openid: A })).id,
      jielongA: (await callOk(database, 'merchant', 'saveJielong', {
        storeId: storeA, title: 'A 的接龙', items: [{ skuId: product.skuId }], endAt: '2030-01-01T00:00:00.000Z', delivery: 'express',
      }, { openid: A })).id,
      roomA,
    }
  })
  afterAll(() => database.close())

  it('has a case for every action of the merchant table', () => {
    const uncovered = actions.filter((action) => !NOT_STORE_SCOPED.includes(action) && !CROSS[action])
    expect(uncovered).toEqual([])
  })

  it('the owner can do what the others cannot (the cases are real)', async () => {
    const answer = await call(database, 'merchant', 'listProducts', { storeId: ids.storeA }, { openid: A })
    expect(answer.status).toBe(200)
    // And the checksum does see a change when there is one.
    const before = await databaseChecksum(database.db)
    await callOk(database, 'merchant', 'setProductStatus', { storeId: ids.storeA, productId: ids.productA, status: 'on_sale' }, { openid: A })
    expect(await databaseChecksum(database.db)).not.toEqual(before)
  })

  it.each(actions.filter((a) => CROSS[a]))('%s: merchant B with A’s ids gets FORBIDDEN or NOT_FOUND; nothing changes', async (action) => {
    for (const data of CROSS[action](ids)) {
      const before = await databaseChecksum(database.db)
      const answer = await call(database, 'merchant', action, data, { openid: B })
      expect([action, data, answer.body.ok ? 'ok' : answer.body.error.code]).toEqual([action, data, expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)])
      expect([403, 404]).toContain(answer.status)
      expect(await databaseChecksum(database.db)).toEqual(before)
    }
  })

  it.each(actions.filter((a) => CROSS[a]))('%s: a shopper gets FORBIDDEN; nothing changes', async (action) => {
    for (const data of CROSS[action](ids)) {
      if (data.storeId === ids.storeB) continue
      const before = await databaseChecksum(database.db)
      const answer = await call(database, 'merchant', action, data, { openid: SHOPPER })
      expect([action, data, answer.body.ok ? 'ok' : answer.body.error.code]).toEqual([action, data, 'FORBIDDEN'])
      expect(await databaseChecksum(database.db)).toEqual(before)
    }
  })

  it.each(actions)('%s: an anonymous caller gets UNAUTHENTICATED', async (action) => {
    const data = CROSS[action]?.(ids)[0] ?? { name: '匿名店' }
    const answer = await call(database, 'merchant', action, data)
    expect(answer.status).toBe(401)
  })

  it('listMyStores never shows another’s store, and openStore never touches an existing one', async () => {
    const before = await tableChecksums(database.db, ['products', 'skus', 'comments', 'orders', 'order_items', 'entry_codes', 'visits'])
    const mine = await callOk(database, 'merchant', 'listMyStores', {}, { openid: B })
    expect(mine.items.map((s: any) => s.id)).toEqual([ids.storeB])
    expect((await callOk(database, 'merchant', 'listMyStores', {}, { openid: SHOPPER })).items).toEqual([])
    const refused = await call(database, 'merchant', 'openStore', { storeId: ids.storeA, name: 'A 店' }, { openid: B })
    expect(refused.status).toBe(400)
    const opened = await callOk(database, 'merchant', 'openStore', { name: 'A 店' }, { openid: SHOPPER })
    expect(opened.id).not.toBe(ids.storeA)
    const a = await callOk(database, 'merchant', 'listMyStores', {}, { openid: A })
    expect(a.items.map((s: any) => [s.id, s.name, s.hashtags])).toEqual([[ids.storeA, 'A 店', ['甲']]])
    expect(await tableChecksums(database.db, ['products', 'skus', 'comments', 'orders', 'order_items', 'entry_codes', 'visits'])).toEqual(before)
  })
})
