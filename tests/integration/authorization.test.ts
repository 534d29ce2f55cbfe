// The authorization matrix: every action of every cloud function, called by each of four
// callers against the same store and the same shopper's data, must give the answer in the
// table below. Refusals change nothing (database checksum), and no answer shows the shopper's
// phone number or street to anyone who may not see it. A new action without a row fails here.
// Merchant actions are also called by the store's staff (manager, service, shipping) and by a
// removed member: their answers come from the role table (src/domain/staff-roles.ts, the
// documentation of the roles) applied to the owner's answer in the row.
import { randomBytes } from 'node:crypto'
import type { Answer } from '../../cloud/dispatch'
import type { Database } from '../../cloud/db/client'
import { registry } from '../../cloud/functions'
import type { WireErrorCode } from '../../src/domain/errors'
import { ROLE_RULES, roleMay, type StaffRole } from '../../src/domain/staff-roles'
import { databaseChecksum } from '../support/checksum'
import { ADDRESS, insertComment, orderRequest, paidOrder, placeOrder } from '../support/fixtures'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../support/test-db'

jest.setTimeout(120_000)

const ROLES = ['anonymous', 'shopper', 'otherOwner', 'owner'] as const
type Role = (typeof ROLES)[number]
/** The store's staff, and a manager the owner has removed. */
const MEMBERS = ['manager', 'service', 'shipping', 'removed'] as const
type Member = (typeof MEMBERS)[number]
type Caller = Role | Member
type Outcome = 'ok' | WireErrorCode

/** What the shopper wrote down: no one but the shopper and the store they bought from may read it. */
const SECRET_PHONE = '13912345678'
const SECRET_STREET = '矩阵路88号秘密小区'

interface World {
  openids: Record<Exclude<Caller, 'anonymous'>, string>
  /** An open invitation to the store for each caller (each may try to accept their own). */
  invites: Record<Caller, string>
  storeId: string
  productId: string
  skuId: string
  addressId: string
  /** On air now (likes and comments) and one starting in an hour (reminders). */
  roomId: string
  upcomingRoomId: string
  linkId: string
  /** The code of that link's short /l/<code> URL. */
  shortCode: string
  postId: string
  /** The shopper's comment on the store's post. */
  postCommentId: string
  /** Reviews by the shopper (visible, held) and a shopper's comment in the live room. */
  commentId: string
  heldCommentId: string
  liveCommentId: string
  orders: { pending: string; paid: string; shipped: string; refundRequested: string; completed: string }
  /** An open 接龙 of the store, with one pickup point and the shopper's paid entry. */
  jielong: { id: string; pickupPointId: string }
  /** The shopper's 客服 conversation with the store, with one message in it. */
  conversationId: string
  /** The store's coupon, and the shopper's claimed copy of it. */
  couponId: string
  userCouponId: string
  /** A web visitor's hand-off per caller (each opens their own), and one the shopper has opened. */
  handoffs: Record<Caller, string>
  shopperHandoff: string
}

interface Row {
  /** The answer for anonymous, shopper, owner of another store, owner of the store. */
  expect: [Outcome, Outcome, Outcome, Outcome]
  /** Writes on a person's behalf, and so must carry the write budget (cloud/limits). */
  writes?: boolean
  data(world: World, role: Caller): Record<string, unknown>
}

const PUBLIC: Row['expect'] = ['ok', 'ok', 'ok', 'ok']
const ANY_USER: Row['expect'] = ['UNAUTHENTICATED', 'ok', 'ok', 'ok']
/** The shopper's own orders and addresses: invisible to everyone else, the store owner included. */
const SHOPPER_ONLY: Row['expect'] = ['UNAUTHENTICATED', 'ok', 'NOT_FOUND', 'NOT_FOUND']
const OWNER_ONLY: Row['expect'] = ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok']
const PLATFORM_ONLY: Row['expect'] = ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']
/** A 客服 conversation: its shopper and the store's side; to anyone else it does not exist. */
const CHAT_PARTIES: Row['expect'] = ['UNAUTHENTICATED', 'ok', 'NOT_FOUND', 'ok']

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString()
const key = () => randomBytes(8).toString('hex')
let handoffSeq = 0

const MATRIX: Record<string, Row> = {
  'catalog.getStore': { expect: PUBLIC, data: (w) => ({ storeId: w.storeId }) },
  'catalog.listProducts': { expect: PUBLIC, data: (w) => ({ storeId: w.storeId }) },
  'catalog.listCategories': { expect: PUBLIC, data: (w) => ({ storeId: w.storeId }) },
  'catalog.getProduct': { expect: PUBLIC, data: (w) => ({ productId: w.productId }) },
  'catalog.listTopic': { expect: PUBLIC, data: (w) => ({ hashtag: '矩阵', storeId: w.storeId }) },
  'catalog.search': { expect: PUBLIC, data: (w) => ({ q: '矩阵', storeId: w.storeId }) },
  'catalog.listHashtags': { expect: PUBLIC, data: (w) => ({ storeId: w.storeId }) },

  'order.quote': { expect: ANY_USER, data: (w) => purchase(w) },
  'order.create': { expect: ANY_USER, writes: true, data: (w) => ({ ...purchase(w), idempotencyKey: key() }) },
  'order.pay': { expect: SHOPPER_ONLY, writes: true, data: (w) => ({ orderId: w.orders.pending }) },
  'order.get': { expect: SHOPPER_ONLY, data: (w) => ({ orderId: w.orders.pending }) },
  'order.list': { expect: ANY_USER, data: () => ({}) },
  'order.cancel': { expect: SHOPPER_ONLY, writes: true, data: (w) => ({ orderId: w.orders.pending }) },
  'order.confirmReceipt': { expect: SHOPPER_ONLY, writes: true, data: (w) => ({ orderId: w.orders.shipped }) },
  'order.requestRefund': { expect: SHOPPER_ONLY, writes: true, data: (w) => ({ orderId: w.orders.paid, reason: '不想要了' }) },
  // The shopper's own coupon: anyone else naming it is refused as if it were not there.
  'order.quote#coupon': { expect: ['UNAUTHENTICATED', 'ok', 'COUPON_UNAVAILABLE', 'COUPON_UNAVAILABLE'], data: (w) => ({ ...purchase(w), userCouponId: w.userCouponId }) },
  'order.create#coupon': {
    expect: ['UNAUTHENTICATED', 'ok', 'COUPON_UNAVAILABLE', 'COUPON_UNAVAILABLE'],
    writes: true,
    data: (w) => ({ ...purchase(w), userCouponId: w.userCouponId, idempotencyKey: key() }),
  },
  'coupon.list': { expect: PUBLIC, data: (w) => ({ storeId: w.storeId }) },
  'coupon.claim': { expect: ANY_USER, writes: true, data: (w) => ({ couponId: w.couponId }) },
  'coupon.mine': { expect: ANY_USER, data: (w) => ({ storeId: w.storeId }) },
  'order.getCartItems': { expect: PUBLIC, data: (w) => ({ skuIds: [w.skuId] }) },
  // The parcel trace: the buyer, and the store's people whose role may read the store's orders.
  'order.logistics': { expect: ['UNAUTHENTICATED', 'ok', 'FORBIDDEN', 'ok'], data: (w) => ({ orderId: w.orders.shipped }) },

  'payment.notify': { expect: PLATFORM_ONLY, data: (w) => ({ outTradeNo: w.orders.pending }) },
  'payment.refundNotify': { expect: PLATFORM_ONLY, data: (w) => ({ outRefundNo: `rf${w.orders.paid}`, refundStatus: 'SUCCESS' }) },
  'payment.simulate': { expect: SHOPPER_ONLY, writes: true, data: (w) => ({ orderId: w.orders.pending }) },

  // Anonymous single-page-mode visitors are counted too, by the device id the app keeps.
  'entry.recordVisit': {
    expect: PUBLIC,
    writes: true,
    data: (w, role) => ({ launchId: key(), scene: 1001, path: 'pages/home/index', query: { storeId: w.storeId }, ...(role === 'anonymous' ? { anonymousId: key() + key() } : {}) }),
  },
  'entry.createQrCode': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, campaign: '柜台' }) },
  'entry.createLink': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, campaign: '春季', channel: 'weibo' }) },
  'entry.listCodes': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'entry.listVisits': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'entry.getLink': { expect: PUBLIC, data: (w) => ({ id: w.linkId }) },
  // The browser that opens /l/<code> is outside WeChat, like the landing page's.
  'entry.resolveShortLink': { expect: PUBLIC, data: (w) => ({ code: w.shortCode }) },
  // Anyone may make a poster of a product to share it (the sharer is credited).
  'entry.createPosterCode': { expect: ANY_USER, writes: true, data: (w) => ({ productId: w.productId }) },
  // Web visitors have no identity: anyone may leave a choice; only a shopper may open one, and
  // one the shopper opened is nobody else's to read.
  'entry.createHandoff': { expect: PUBLIC, writes: true, data: (w) => ({ storeId: w.storeId, productId: w.productId, lines: [{ skuId: w.skuId, quantity: 2 }], source: 'weibo', campaign: '春季' }) },
  'entry.openHandoff': { expect: ANY_USER, writes: true, data: (w, role) => ({ code: w.handoffs[role] }) },
  'entry.openHandoff#opened': { expect: ['UNAUTHENTICATED', 'ok', 'NOT_FOUND', 'NOT_FOUND'], writes: true, data: (w) => ({ code: w.shopperHandoff }) },

  'live.listRooms': { expect: PUBLIC, data: (w) => ({ storeId: w.storeId }) },
  'live.getRoom': { expect: PUBLIC, data: (w) => ({ roomId: w.roomId }) },
  'live.subscribe': { expect: ANY_USER, writes: true, data: (w) => ({ roomId: w.upcomingRoomId }) },
  'live.like': { expect: ANY_USER, writes: true, data: (w) => ({ roomId: w.roomId }) },
  'live.comment': { expect: ANY_USER, writes: true, data: (w) => ({ roomId: w.roomId, text: '期待开播' }) },
  'live.listComments': { expect: PUBLIC, data: (w) => ({ roomId: w.roomId }) },

  'merchant.openStore': { expect: ANY_USER, writes: true, data: () => ({ name: '又一家小店' }) },
  'merchant.listMyStores': { expect: ANY_USER, data: () => ({}) },
  'merchant.updateStore': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, intro: '改过的简介' }) },
  'merchant.listProducts': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'merchant.saveProduct': {
    expect: OWNER_ONLY,
    writes: true,
    data: (w) => ({ storeId: w.storeId, productId: w.productId, title: '改名的矩阵商品', images: ['/files/demo/mug-1.svg'], skus: [{ specs: {}, price: 1200, stock: 9 }] }),
  },
  'merchant.setProductStatus': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, productId: w.productId, status: 'off_shelf' }) },
  'merchant.listComments': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'merchant.deleteComment': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, commentId: w.liveCommentId }) },
  // A review is the buyer's: not even the store's owner deletes it; they reply or report.
  'merchant.deleteComment#review': {
    expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    writes: true,
    data: (w) => ({ storeId: w.storeId, commentId: w.commentId }),
  },
  'merchant.replyReview': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, reviewId: w.commentId, text: '谢谢惠顾' }) },
  'merchant.reportReview': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, reviewId: w.commentId, reason: '与商品无关' }) },
  'merchant.approveComment': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, commentId: w.heldCommentId }) },
  'merchant.stats': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId, period: '7d' }) },
  'merchant.alertSettings': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'merchant.saveAlertSettings': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, newOrder: true, lowStock: 3 }) },
  'merchant.grantAlerts': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, kinds: ['new_order'] }) },
  'merchant.listNotifications': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'merchant.markNotificationsRead': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId }) },
  'merchant.exportOrders': {
    expect: OWNER_ONLY,
    writes: true,
    data: (w) => ({ storeId: w.storeId, from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date().toISOString(), format: 'csv' }),
  },
  // The owner passes the gate and meets the next check: no such upload was ever stored.
  'merchant.importProducts': {
    expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'VALIDATION_FAILED'],
    writes: true,
    data: (w) => ({ storeId: w.storeId, fileUrl: '/files/uploads/2026-01/abcdefghijklmnop.xlsx', dryRun: true }),
  },
  'merchant.importTemplate': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'merchant.listCategories': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'merchant.saveCategories': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, categories: [{ name: '矩阵分类', productIds: [w.productId] }] }) },
  // The buyer's phone and street are on their orders; the customer list never shows them.
  'merchant.listCustomers': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'merchant.saveLiveRoom': {
    expect: OWNER_ONLY,
    writes: true,
    data: (w) => ({ storeId: w.storeId, title: '又一场直播', startAt: inAnHour(), endAt: new Date(Date.now() + 7_200_000).toISOString(), productIds: [w.productId] }),
  },
  // The console's list of the store's rooms (banned ones included) and ending one.
  'merchant.listLiveRooms': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'merchant.endLiveRoom': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, roomId: w.roomId }) },
  // Another store's order is FORBIDDEN, like another store (cloud/merchant-orders/ownership.ts).
  'merchant.listOrders': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'merchant.ship': {
    expect: OWNER_ONLY,
    writes: true,
    data: (w) => ({ orderId: w.orders.paid, carrier: 'SF', trackingNo: 'SF1234567890' }),
  },
  // 批量发货: another store's orders in the batch answer NOT_FOUND each, never shipped.
  'merchant.shipMany': {
    expect: OWNER_ONLY,
    writes: true,
    data: (w) => ({ storeId: w.storeId, orders: [{ orderId: w.orders.paid, carrier: 'SF', trackingNo: 'SF1234567890' }] }),
  },
  // What waits for the store: each role gets the counts it may act on (the rest null).
  'merchant.pendingCounts': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'merchant.saveCoupon': {
    expect: OWNER_ONLY,
    writes: true,
    data: (w) => ({ storeId: w.storeId, couponId: w.couponId, title: '改过的券', kind: 'percent', percentOff: 10, minSpend: 0, totalQuantity: 50, perPersonLimit: 5, startAt: new Date(Date.now() - 60_000).toISOString(), endAt: inAnHour(), audience: 'all' }),
  },
  'merchant.listCoupons': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'merchant.setCouponStatus': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, couponId: w.couponId, status: 'stopped' }) },
  'merchant.grantCoupon': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, couponId: w.couponId, openids: [w.openids.shopper] }) },
  'merchant.decideRefund': {
    expect: OWNER_ONLY,
    writes: true,
    data: (w) => ({ orderId: w.orders.refundRequested, approve: true }),
  },
  // Staff: only the owner invites, lists and removes; anyone with a code may look at it and accept it, except the owner.
  'merchant.inviteStaff': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, role: 'shipping' }) },
  'merchant.viewInvite': { expect: ANY_USER, data: (w) => ({ inviteCode: w.invites.shopper }) },
  'merchant.acceptInvite': { expect: ['UNAUTHENTICATED', 'ok', 'ok', 'FORBIDDEN'], writes: true, data: (w, role) => ({ inviteCode: w.invites[role] }) },
  'merchant.listStaff': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'merchant.removeStaff': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, openid: w.openids.service }) },

  // The owner deletes any comment on their posts (merchant.deleteComment); a commenter deletes their own.
  'merchant.deleteComment#post': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, commentId: w.postCommentId }) },
  'merchant.savePost': {
    expect: OWNER_ONLY,
    writes: true,
    data: (w) => ({ storeId: w.storeId, postId: w.postId, kind: 'pictures', title: '改过的动态', images: ['/files/demo/mug-1.svg'], hashtags: ['新品'] }),
  },
  'merchant.saveShippingRules': {
    expect: OWNER_ONLY,
    writes: true,
    data: (w) => ({ storeId: w.storeId, baseFee: 600, freeOver: 8800, regions: [{ provinces: ['广东省'], fee: 1200 }], pickup: { enabled: true, address: '矩阵路 1 号', hours: '10:00–20:00' } }),
  },
  'merchant.deletePost': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, postId: w.postId }) },

  'post.list': { expect: PUBLIC, data: (w) => ({ storeId: w.storeId }) },
  'post.get': { expect: PUBLIC, data: (w) => ({ postId: w.postId }) },
  'post.like': { expect: ANY_USER, writes: true, data: (w) => ({ postId: w.postId }) },
  'post.comment': { expect: ANY_USER, writes: true, data: (w) => ({ postId: w.postId, text: '好看' }) },
  'post.listComments': { expect: PUBLIC, data: (w) => ({ postId: w.postId }) },
  'post.deleteComment': { expect: ['UNAUTHENTICATED', 'ok', 'FORBIDDEN', 'FORBIDDEN'], writes: true, data: (w) => ({ commentId: w.postCommentId }) },

  'review.create': { expect: SHOPPER_ONLY, writes: true, data: (w) => ({ orderId: w.orders.completed, rating: 5, text: '很好' }) },
  'review.list': { expect: PUBLIC, data: (w) => ({ productId: w.productId }) },

  'timer.expireOrders': { expect: PLATFORM_ONLY, data: () => ({}) },
  'timer.tick': { expect: PLATFORM_ONLY, data: () => ({}) },
  'timer.syncLiveRooms': { expect: PLATFORM_ONLY, data: () => ({}) },
  // The wxa_media_check message push: a forged verdict would unhide a risky image.
  'timer.mediaCheckResult': {
    expect: PLATFORM_ONLY,
    data: () => ({ MsgType: 'event', Event: 'wxa_media_check', trace_id: 'trace-1', result: { suggest: 'pass', label: 100 } }),
  },

  'auth.login': { expect: PUBLIC, data: () => ({ code: `dev:login-${key()}` }) },
  'auth.logout': { expect: ANY_USER, writes: true, data: () => ({}) },
  'auth.me': { expect: ANY_USER, data: () => ({}) },
  'auth.updateProfile': { expect: ANY_USER, writes: true, data: () => ({ nickname: '矩阵买家' }) },

  // 接龙: the page and its list are public (masked names); the sheet, with phones, is the store's.
  'jielong.get': { expect: PUBLIC, data: (w) => ({ jielongId: w.jielong.id }) },
  'jielong.listEntries': { expect: PUBLIC, data: (w) => ({ jielongId: w.jielong.id }) },
  'jielong.join': {
    expect: ANY_USER,
    writes: true,
    data: (w) => ({ jielongId: w.jielong.id, lines: [{ skuId: w.skuId, quantity: 1 }], pickupPointId: w.jielong.pickupPointId, idempotencyKey: key() }),
  },
  'merchant.saveJielong': {
    expect: OWNER_ONLY,
    writes: true,
    data: (w) => ({ storeId: w.storeId, jielongId: w.jielong.id, title: '改过的接龙', items: [{ skuId: w.skuId }], endAt: inAnHour(), delivery: 'express' }),
  },
  'merchant.closeJielong': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, jielongId: w.jielong.id }) },
  'merchant.listJielongs': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'merchant.jielongSheet': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId, jielongId: w.jielong.id }) },
  // The sheet as a file: the same gate, so the phones in it reach whoever may read the sheet, no one else.
  'merchant.exportJielongSheet': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, jielongId: w.jielong.id, format: 'csv' }) },
  // 客服: any shopper opens a conversation with a store (the owner answers from the inbox); an
  // order card only for the shopper's own order in that store.
  'chat.open': { expect: ['UNAUTHENTICATED', 'ok', 'ok', 'FORBIDDEN'], writes: true, data: (w) => ({ storeId: w.storeId, productId: w.productId }) },
  'chat.open#order': { expect: ['UNAUTHENTICATED', 'ok', 'NOT_FOUND', 'FORBIDDEN'], writes: true, data: (w) => ({ storeId: w.storeId, orderId: w.orders.paid }) },
  'chat.send': { expect: CHAT_PARTIES, writes: true, data: (w) => ({ conversationId: w.conversationId, kind: 'text', text: '在吗', clientId: key() }) },
  'chat.send#order': { expect: CHAT_PARTIES, writes: true, data: (w) => ({ conversationId: w.conversationId, kind: 'order', orderId: w.orders.paid, clientId: key() }) },
  'chat.list': { expect: CHAT_PARTIES, data: (w) => ({ conversationId: w.conversationId }) },
  'chat.read': { expect: CHAT_PARTIES, writes: true, data: (w) => ({ conversationId: w.conversationId }) },
  'chat.recentOrders': { expect: CHAT_PARTIES, data: (w) => ({ conversationId: w.conversationId }) },
  'chat.conversations': { expect: ANY_USER, data: () => ({}) },
  'chat.conversations#inbox': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },
  'chat.saveQuickReplies': { expect: OWNER_ONLY, writes: true, data: (w) => ({ storeId: w.storeId, replies: ['亲，在的'] }) },
  'chat.listQuickReplies': { expect: OWNER_ONLY, data: (w) => ({ storeId: w.storeId }) },

  'address.list': { expect: ANY_USER, data: () => ({}) },
  'address.save': { expect: SHOPPER_ONLY, writes: true, data: (w) => ({ id: w.addressId, ...ADDRESS, detailInfo: `${SECRET_STREET}2栋` }) },
  'address.remove': { expect: SHOPPER_ONLY, writes: true, data: (w) => ({ id: w.addressId }) },
  'address.setDefault': { expect: SHOPPER_ONLY, writes: true, data: (w) => ({ id: w.addressId }) },
}

/** Actions whose answers may show the store's people the buyer's address: they ship to it. */
const OWNER_SEES_BUYER_ADDRESS = new Set(['merchant.listOrders', 'merchant.ship', 'merchant.shipMany', 'merchant.decideRefund', 'merchant.jielongSheet'])

/**
 * What the store's staff get. On a store-scoped row (another store's owner is refused) a member
 * gets the owner's answer when the role table lets their role run the action, else FORBIDDEN;
 * on any other merchant row they are users like any other. A removed member is a stranger.
 * Store-scoped rows of other functions (entry codes, live rooms, conversations) count too.
 */
function staffExpect(name: string, row: Row): Record<Member, Outcome> | null {
  const [anonymous, , otherOwner, owner] = row.expect
  const action = name.split('#')[0]
  const storeScoped = anonymous === 'UNAUTHENTICATED' && otherOwner === 'FORBIDDEN'
  // A conversation's store side: staff whose role answers conversations get the owner's answer;
  // to anyone else, a removed member included, the conversation does not exist.
  if (row.expect === CHAT_PARTIES) {
    const as = (role: StaffRole): Outcome => (roleMay(role, action) ? owner : 'NOT_FOUND')
    return { manager: as('manager'), service: as('service'), shipping: as('shipping'), removed: 'NOT_FOUND' }
  }
  if (!storeScoped && !action.startsWith('merchant.')) return null
  const as = (role: StaffRole): Outcome => (!storeScoped ? otherOwner : roleMay(role, action) ? owner : 'FORBIDDEN')
  return { manager: as('manager'), service: as('service'), shipping: as('shipping'), removed: otherOwner }
}

function purchase(w: World) {
  return { storeId: w.storeId, items: [{ skuId: w.skuId, quantity: 1 }], address: ADDRESS, delivery: 'express' }
}

function outcomeOf(answer: Answer): Outcome {
  return answer.body.ok ? 'ok' : answer.body.error.code
}

describe(`authorization matrix (${DATABASE_KIND})`, () => {
  let database: Database
  let worlds = 0
  beforeAll(async () => {
    database = await openTestDatabase()
  })
  afterAll(() => database.close())

  /** A fresh store, shopper and orders in every state, made through the actions themselves. */
  async function makeWorld(): Promise<World> {
    const n = ++worlds
    const openids = {
      shopper: `shopper-${n}`,
      otherOwner: `other-owner-${n}`,
      owner: `owner-${n}`,
      manager: `manager-${n}`,
      service: `service-${n}`,
      shipping: `shipping-${n}`,
      removed: `removed-${n}`,
    }
    const as = (role: keyof typeof openids) => ({ openid: openids[role] })
    const storeId = (await callOk(database, 'merchant', 'openStore', { name: `矩阵小店${n}` }, as('owner'))).id
    await callOk(database, 'merchant', 'openStore', { name: `隔壁小店${n}` }, as('otherOwner'))
    const product = await callOk(database, 'merchant', 'saveProduct', {
      storeId,
      title: '矩阵商品',
      images: ['/files/demo/mug-1.svg'],
      hashtags: ['矩阵'],
      status: 'on_sale',
      skus: [{ specs: {}, price: 1000, stock: 50 }],
    }, as('owner'))
    const skuId = product.skus[0].id
    const invite = async (role: StaffRole) => (await callOk(database, 'merchant', 'inviteStaff', { storeId, role }, as('owner'))).inviteCode as string
    for (const member of ['manager', 'service', 'shipping', 'removed'] as const) {
      const inviteCode = await invite(member === 'removed' ? 'manager' : member)
      await callOk(database, 'merchant', 'acceptInvite', { inviteCode }, as(member))
    }
    await callOk(database, 'merchant', 'removeStaff', { storeId, openid: openids.removed }, as('owner'))
    const invites = {} as Record<Caller, string>
    for (const caller of [...ROLES, ...MEMBERS]) invites[caller] = await invite('service')
    const address = await callOk(database, 'address', 'save', { ...ADDRESS, telNumber: SECRET_PHONE, detailInfo: SECRET_STREET }, as('shopper'))

    const request = () => orderRequest({ storeId, skuIds: [skuId] }, [[0, 1]], { address: { ...ADDRESS, telNumber: SECRET_PHONE, detailInfo: SECRET_STREET } })
    const order = async () => (await placeOrder(database, openids.shopper, request())).id
    const paid = async () => (await paidOrder(database, openids.shopper, request())).id
    const shipped = async () => {
      const id = await paid()
      await callOk(database, 'merchant', 'ship', { orderId: id, carrier: 'SF', trackingNo: 'SF0000000001' }, as('owner'))
      return id
    }
    const refundRequested = await paid()
    await callOk(database, 'order', 'requestRefund', { orderId: refundRequested, reason: '拍错了' }, as('shopper'))
    const completed = await shipped()
    await callOk(database, 'order', 'confirmReceipt', { orderId: completed }, as('shopper'))

    const room = await callOk(database, 'merchant', 'saveLiveRoom', {
      storeId,
      title: '矩阵直播',
      startAt: new Date(Date.now() - 600_000).toISOString(),
      endAt: inAnHour(),
      productIds: [product.id],
    }, as('owner'))
    const upcoming = await callOk(database, 'merchant', 'saveLiveRoom', {
      storeId,
      title: '矩阵预告',
      startAt: inAnHour(),
      endAt: new Date(Date.now() + 7_200_000).toISOString(),
      productIds: [product.id],
    }, as('owner'))
    const link = await callOk(database, 'entry', 'createLink', { storeId, campaign: '矩阵', channel: 'weibo' }, as('owner'))
    const post = await callOk(database, 'merchant', 'savePost', {
      storeId, kind: 'pictures', title: '矩阵上新', images: ['/files/demo/mug-1.svg'], hashtags: ['矩阵'], productIds: [product.id],
    }, as('owner'))
    const postComment = await callOk(database, 'post', 'comment', { postId: post.id, text: '想要' }, as('shopper'))
    const jielong = await callOk(database, 'merchant', 'saveJielong', {
      storeId, title: '矩阵接龙', items: [{ skuId }], endAt: inAnHour(), delivery: 'pickup', pickupPoints: [{ name: '东门', address: '矩阵小区东门' }],
    }, as('owner'))
    const entry = await callOk(database, 'jielong', 'join', {
      jielongId: jielong.id, lines: [{ skuId, quantity: 1 }], pickupPointId: jielong.pickupPoints[0].id,
      address: { ...ADDRESS, telNumber: SECRET_PHONE, detailInfo: SECRET_STREET }, idempotencyKey: key(),
    }, as('shopper'))
    await callOk(database, 'payment', 'simulate', { orderId: entry.id }, as('shopper'))
    const conversation = await callOk(database, 'chat', 'open', { storeId }, as('shopper'))
    await callOk(database, 'chat', 'send', { conversationId: conversation.id, kind: 'text', text: '有货吗', clientId: key() }, as('shopper'))
    const coupon = await callOk(database, 'merchant', 'saveCoupon', {
      storeId, title: '矩阵券', kind: 'amount', amountOff: 100, minSpend: 0, totalQuantity: 50, perPersonLimit: 5,
      startAt: new Date(Date.now() - 60_000).toISOString(), endAt: inAnHour(), audience: 'all',
    }, as('owner'))
    const userCoupon = await callOk(database, 'coupon', 'claim', { couponId: coupon.id }, as('shopper'))
    // Web visitors from addresses of their own (anonymous hand-offs are limited per address).
    const handoff = async () =>
      (await callOk(database, 'entry', 'createHandoff', { storeId, lines: [{ skuId, quantity: 1 }], source: 'web' }, { clientIp: `198.51.${n % 250}.${++handoffSeq % 250}` })).code as string
    const handoffs = {} as Record<Caller, string>
    for (const caller of [...ROLES, ...MEMBERS]) handoffs[caller] = await handoff()
    const shopperHandoff = await handoff()
    await callOk(database, 'entry', 'openHandoff', { code: shopperHandoff }, as('shopper'))
    const comment = (status: 'visible' | 'held') =>
      insertComment(database, { storeId, kind: 'review', targetId: product.id, author: openids.shopper, status })
    return {
      openids,
      invites,
      storeId,
      productId: product.id,
      skuId,
      addressId: address.id,
      roomId: room.id,
      upcomingRoomId: upcoming.id,
      linkId: link.id,
      shortCode: link.shortUrl!.split('/l/')[1],
      postId: post.id,
      postCommentId: postComment.id,
      commentId: await comment('visible'),
      heldCommentId: await comment('held'),
      liveCommentId: await insertComment(database, { storeId, kind: 'live', targetId: room.id, author: openids.shopper }),
      orders: { pending: await order(), paid: await paid(), shipped: await shipped(), refundRequested, completed },
      jielong: { id: jielong.id, pickupPointId: jielong.pickupPoints[0].id },
      conversationId: conversation.id,
      couponId: coupon.id,
      userCouponId: userCoupon.id,
      handoffs,
      shopperHandoff,
    }
  }

  it('has a row for every action of every function, and none for an action that does not exist', () => {
    const actions = Object.entries(registry).flatMap(([fn, table]) => Object.keys(table ?? {}).map((action) => `${fn}.${action}`))
    // A key may carry a variant after '#' (the same action on another kind of target).
    expect([...new Set(Object.keys(MATRIX).map((name) => name.split('#')[0]))].sort()).toEqual(actions.sort())
  })

  // A misspelt name in an allow-list would quietly keep a role out; in the manager's exclusions, let it in.
  it('names in the role table only actions that exist (the 客服 chat.* ones once the chat function is there)', () => {
    const actions = new Set(Object.entries(registry).flatMap(([fn, table]) => Object.keys(table ?? {}).map((action) => `${fn}.${action}`)))
    const named = Object.values(ROLE_RULES).flatMap((rule) => ('except' in rule ? rule.except : rule.only))
    expect(named.filter((name) => !actions.has(name) && !(name.startsWith('chat.') && !registry.chat))).toEqual([])
  })

  it('puts the write budget on exactly the actions that write for a person', () => {
    const mismatched = Object.entries(MATRIX).filter(([name, row]) => {
      const [fn, action] = name.split('#')[0].split('.')
      const operation = registry[fn]![action]
      const personal = operation.access !== 'platform' && name !== 'auth.login' // login has its own, stricter limits
      return personal && Boolean(operation.rateLimit) !== Boolean(row.writes)
    })
    expect(mismatched.map(([name]) => name)).toEqual([])
  })

  it.each(Object.entries(MATRIX))('%s', async (name, row) => {
    const [fn, action] = name.split('#')[0].split('.')
    const shared = await makeWorld()
    const expect_: Partial<Record<Caller, Outcome>> = { ...Object.fromEntries(ROLES.map((role, i) => [role, row.expect[i]])), ...staffExpect(name, row) }
    const callers = Object.keys(expect_) as Caller[]
    // Refusals first, each checked to change nothing; then the callers who may, in table order.
    const order = [...callers].sort((a, b) => Number(expect_[a] === 'ok') - Number(expect_[b] === 'ok'))
    const got: Partial<Record<Caller, Outcome>> = {}
    for (const role of order) {
      const expected = expect_[role]
      // A member who may write in the store acts in a world of their own, so the owner's write still finds its target.
      const ownWorld = expected === 'ok' && row.writes && row.expect[2] === 'FORBIDDEN' && (MEMBERS as readonly string[]).includes(role)
      const world = ownWorld ? await makeWorld() : shared
      const before = expected === 'ok' ? null : await databaseChecksum(database.db)
      const answer = await call(database, fn, action, row.data(world, role), { openid: role === 'anonymous' ? undefined : world.openids[role] })
      const outcome = outcomeOf(answer)
      // A surprise carries the server's message, so the failure says why.
      got[role] = outcome === expected || answer.body.ok ? outcome : (`${outcome}: ${answer.body.error.message}` as Outcome)
      if (before !== null) expect([role, await databaseChecksum(database.db)]).toEqual([role, before])

      const text = JSON.stringify(answer.body)
      const storePerson = role === 'owner' || (role !== 'removed' && (MEMBERS as readonly string[]).includes(role) && expected === 'ok')
      const mayRead = role === 'shopper' || (storePerson && OWNER_SEES_BUYER_ADDRESS.has(name))
      if (!mayRead) expect([role, text.includes(SECRET_PHONE) || text.includes(SECRET_STREET)]).toEqual([role, false])
    }
    expect(callers.map((role) => [role, got[role]])).toEqual(callers.map((role) => [role, expect_[role]]))
  })
})
