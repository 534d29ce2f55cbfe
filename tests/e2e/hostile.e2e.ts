// Hostile content: a merchant and a shopper fill every text field they can reach with markup
// and script (through the real actions), then every H5 page that shows those texts is opened
// in Chromium. None may run (no dialog), none may become an element (no img[src=x], no event
// attributes), every one must read literally, and the pages must load under the server's CSP
// without a violation.
import type { Page } from 'playwright-core'
import { demoImagePath } from '../../cloud/seed/demo-images'
import { expectEqual, expectTrue, isCspViolation, scenario, type E2EContext } from './harness'

const IMG = '<img src=x onerror=alert(1)>'
const SCRIPT = '<script>alert(1)</script>'
const SVG = '"><svg onload=alert(1)>'
const JS = 'javascript:alert(1)'
/** Fits the 20-character fields: hashtags, spec values, region names. */
const SHORT = '<svg onload=alert()>'

const OWNER = 'hostile-owner'
const SHOPPER = 'hostile-shopper'

const STORE_NAME = `店${IMG}`
const STORE_INTRO = `简介${SCRIPT}${SVG}${JS}`
const PRODUCT_TITLE = `商品${IMG}`
const PRODUCT_DESCRIPTION = `描述${SCRIPT}${SVG}${JS}`
const SPEC_NAME = '<i>尺码</i>'
/** Fits the 12-character category names. */
const CATEGORY = '<i>分类</i>'
const TAG = SHORT
const POST_TITLE = `动态${SVG}`
const POST_BODY = `正文${IMG}${SCRIPT}`
const POST_COMMENT = `评论${IMG}`
const ROOM_TITLE = `直播${IMG}`
const LIVE_COMMENT = `弹幕${SCRIPT}`
const REVIEW = `评价${SVG}${IMG}`
const REVIEW_REPLY = `回复${SCRIPT}${IMG}`
const NICKNAME = SHORT
const JIELONG_TITLE = `接龙${IMG}`
const JIELONG_INTRO = `说明${SCRIPT}${SVG}`
const POINT = { name: SHORT, address: `地址${IMG}` }
const NOTE = `备注${SCRIPT}`
const PICKUP_ADDRESS = `自提${IMG}${SVG}`
const PICKUP_HOURS = `时间${SCRIPT}`
const CHAT_TEXT = `咨询${IMG}${SCRIPT}`
const CHAT_REPLY = `答复${SVG}`
const COUPON_TITLE = SHORT
const ADDRESS = {
  userName: SVG,
  telNumber: '13800000000',
  provinceName: '浙江省',
  cityName: SHORT,
  countyName: JS,
  detailInfo: `${IMG}${SCRIPT}`,
}

/** Elements the payloads would have made, had any of them been parsed as markup. */
const INJECTED = 'body script, img[src="x"], svg[onload], [onerror], [onload], [onclick], [onmouseover], a[href^="javascript:alert"]'

interface Watch {
  dialogs: string[]
  violations: string[]
}

function watch(page: Page): Watch {
  const seen: Watch = { dialogs: [], violations: [] }
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message())
    void dialog.dismiss().catch(() => undefined)
  })
  page.on('console', (message) => {
    if (isCspViolation(message.text())) seen.violations.push(message.text())
  })
  return seen
}

/** What the page shows a person: its text and what its fields hold. */
function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')).map((field) => field.value)
    return [document.body.innerText, ...values].join('\n')
  })
}

async function expectInert(page: Page, seen: Watch, what: string, texts: string[], options: { title?: string } = {}): Promise<void> {
  for (const text of texts) {
    await page
      .waitForFunction(
        (expected) => {
          const values = Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')).map((field) => field.value)
          return [document.body.innerText, ...values].join('\n').includes(expected)
        },
        text,
        { timeout: 15_000 },
      )
      .catch(async () => {
        throw new Error(`${what}: "${text}" is not shown literally; the page shows:\n${(await shownText(page)).slice(0, 1500)}`)
      })
  }
  // A broken image reports its error a moment after it is inserted.
  await page.waitForTimeout(400)
  const injected = await page.evaluate(
    (selector) =>
      [...Array.from(document.querySelectorAll(selector)), ...Array.from(document.querySelectorAll('i')).filter((el) => el.textContent === '尺码' || el.textContent === '分类')].map((el) => el.outerHTML.slice(0, 120)),
    INJECTED,
  )
  expectEqual(injected, [], `${what}: elements made from the payloads`)
  expectEqual(seen.dialogs, [], `${what}: dialogs opened by the payloads`)
  expectEqual(seen.violations, [], `${what}: CSP violations`)
  if (options.title) {
    expectEqual(await page.title(), options.title, `${what}: document title`)
    const bar = await page.evaluate(() => document.querySelector('.taro-navigation-bar-title')?.textContent ?? null)
    if (bar !== null) expectEqual(bar, options.title, `${what}: navigation bar title`)
  }
}

interface Fixture {
  storeId: string
  productId: string
  postId: string
  roomId: string
  orderId: string
  conversationId: string
}

/** Everything created through the actions the app calls, by the merchant and the shopper. */
async function createHostileContent(ctx: E2EContext): Promise<Fixture> {
  const store = await ctx.api('merchant', 'openStore', { name: STORE_NAME, intro: STORE_INTRO, hashtags: [TAG, JS], pickupAddress: PICKUP_ADDRESS }, OWNER)
  const storeId: string = store.id
  await ctx.api('merchant', 'saveShippingRules', { storeId, baseFee: 800, freeOver: 0, regions: [], pickup: { enabled: true, hours: PICKUP_HOURS } }, OWNER)
  const product = await ctx.api(
    'merchant',
    'saveProduct',
    {
      storeId,
      title: PRODUCT_TITLE,
      description: PRODUCT_DESCRIPTION,
      images: [demoImagePath('mug', 1)],
      hashtags: [TAG],
      status: 'on_sale',
      skus: [{ specs: { [SPEC_NAME]: SHORT }, price: 990, stock: 50 }],
    },
    OWNER,
  )
  const post = await ctx.api('merchant', 'savePost', { storeId, kind: 'article', title: POST_TITLE, body: POST_BODY, hashtags: [TAG], productIds: [product.id] }, OWNER)
  const now = Date.now()
  const room = await ctx.api(
    'merchant',
    'saveLiveRoom',
    { storeId, title: ROOM_TITLE, anchorName: SHORT, startAt: new Date(now - 60_000).toISOString(), endAt: new Date(now + 3_600_000).toISOString(), productIds: [product.id] },
    OWNER,
  )

  await ctx.api('auth', 'updateProfile', { nickname: NICKNAME }, SHOPPER)
  await ctx.api('address', 'save', { ...ADDRESS, isDefault: true }, SHOPPER)
  // The order below takes the stock across this line: the low-stock alert quotes the product title.
  await ctx.api('merchant', 'saveAlertSettings', { storeId, newOrder: true, lowStock: 49 }, OWNER)
  await ctx.api('post', 'comment', { postId: post.id, text: POST_COMMENT }, SHOPPER)
  await ctx.api('live', 'comment', { roomId: room.id, text: LIVE_COMMENT }, SHOPPER)
  const order = await ctx.api(
    'order',
    'create',
    { storeId, items: [{ skuId: product.skus[0].id, quantity: 1 }], delivery: 'express', address: ADDRESS, note: NOTE, idempotencyKey: `hostile-${now}` },
    SHOPPER,
  )
  await ctx.api('payment', 'simulate', { orderId: order.id }, SHOPPER)
  await ctx.api('merchant', 'ship', { orderId: order.id, carrier: '顺丰速运', trackingNo: 'SF1234567890' }, OWNER)
  await ctx.api('order', 'confirmReceipt', { orderId: order.id }, SHOPPER)
  const review = await ctx.api('review', 'create', { orderId: order.id, productId: product.id, rating: 1, text: REVIEW }, SHOPPER)
  await ctx.api('merchant', 'replyReview', { storeId, reviewId: review.id, text: REVIEW_REPLY }, OWNER)
  const conversation = await ctx.api('chat', 'open', { storeId }, SHOPPER)
  await ctx.api('chat', 'send', { conversationId: conversation.id, kind: 'product', productId: product.id, clientId: `hostile-p-${now}` }, SHOPPER)
  await ctx.api('chat', 'send', { conversationId: conversation.id, kind: 'order', orderId: order.id, clientId: `hostile-o-${now}` }, SHOPPER)
  await ctx.api('chat', 'send', { conversationId: conversation.id, kind: 'text', text: CHAT_TEXT, clientId: `hostile-t-${now}` }, SHOPPER)
  await ctx.api('chat', 'send', { conversationId: conversation.id, kind: 'text', text: CHAT_REPLY, clientId: `hostile-r-${now}` }, OWNER)
  await ctx.api('chat', 'saveQuickReplies', { storeId, replies: [CHAT_REPLY] }, OWNER)
  await ctx.api('merchant', 'saveCategories', { storeId, categories: [{ name: CATEGORY, productIds: [product.id] }] }, OWNER)
  // A coupon titled with markup (titles hold 20 characters); its threshold keeps it off the checkout.
  const coupon = await ctx.api('merchant', 'saveCoupon', {
    storeId, title: COUPON_TITLE, kind: 'amount', amountOff: 500, minSpend: 1_000_000, totalQuantity: 10, perPersonLimit: 1,
    startAt: new Date(now - 60_000).toISOString(), endAt: new Date(now + 86_400_000).toISOString(), audience: 'all',
  }, OWNER)
  await ctx.api('coupon', 'claim', { couponId: coupon.id }, SHOPPER)
  return { storeId, productId: product.id, postId: post.id, roomId: room.id, orderId: order.id, conversationId: conversation.id }
}

export default [
  scenario('hostile content: markup and script in every text field render as text on every page, under the CSP', async (ctx) => {
    const f = await createHostileContent(ctx)
    const link = await ctx.api('entry', 'createLink', { storeId: f.storeId, productId: f.productId, channel: 'weibo' }, OWNER)

    const shopper = await ctx.newPage({ openid: SHOPPER })
    const seen = watch(shopper)
    const open = async (url: string) => {
      await shopper.goto(`${ctx.baseUrl}${url}`)
    }

    await open(`/pages/home/index?storeId=${f.storeId}`)
    await expectInert(shopper, seen, 'store home', [STORE_NAME, STORE_INTRO, `#${TAG}`, PRODUCT_TITLE], { title: STORE_NAME })
    await ctx.screenshot(shopper, 'hostile-home')
    await shopper.locator('.home__tabs .section-tab--posts').click()
    await expectInert(shopper, seen, 'store home, posts', [POST_TITLE])

    await open(`/pages/product/index?id=${f.productId}`)
    await expectInert(shopper, seen, 'product', [PRODUCT_TITLE, PRODUCT_DESCRIPTION, SPEC_NAME, SHORT, `#${TAG}`, REVIEW, REVIEW_REPLY])
    await ctx.screenshot(shopper, 'hostile-product')

    await open(`/pages/topic/index?tag=${encodeURIComponent(TAG)}`)
    await expectInert(shopper, seen, 'topic', [PRODUCT_TITLE, STORE_NAME], { title: `#${TAG}` })
    await shopper.locator('.topic__tabs .section-tab--posts').click()
    await expectInert(shopper, seen, 'topic, posts', [POST_TITLE])

    await open('/pages/search/index')
    await shopper.locator('.search__input input, input.search__input').first().fill(PRODUCT_TITLE)
    await shopper.locator('.search__submit').click()
    await expectInert(shopper, seen, 'search', [PRODUCT_TITLE])
    // The 分类 tab: the categories of the store browsed last (this one).
    await open('/pages/search/index')
    await expectInert(shopper, seen, '分类 tab', [CATEGORY, PRODUCT_TITLE])

    await open(`/packages/post/pages/detail/index?postId=${f.postId}&storeId=${f.storeId}`)
    await expectInert(shopper, seen, 'post', [POST_TITLE, POST_BODY, POST_COMMENT, `#${TAG}`, PRODUCT_TITLE], { title: STORE_NAME })
    await ctx.screenshot(shopper, 'hostile-post')

    await open(`/packages/live/pages/room/index?id=${f.roomId}`)
    await expectInert(shopper, seen, 'live room', [ROOM_TITLE, LIVE_COMMENT, PRODUCT_TITLE], { title: ROOM_TITLE })
    await ctx.screenshot(shopper, 'hostile-live-room')

    await open(link.landingUrl.replace(ctx.baseUrl, ''))
    await expectInert(shopper, seen, 'Weibo landing page', [PRODUCT_TITLE], { title: PRODUCT_TITLE })

    // The cart and checkout, through the product page as a shopper would.
    await open(`/pages/product/index?id=${f.productId}`)
    const chip = shopper.locator('.spec-value').first()
    await chip.waitFor({ timeout: 15_000 })
    // Tapping a chosen value clears it: only tap it when it is not chosen yet.
    if (!((await chip.getAttribute('class')) ?? '').includes('spec-value--chosen')) await chip.click()
    await shopper.locator('.product__cart-button').click()
    await shopper.locator('.product__cart-badge').waitFor({ timeout: 15_000 })
    await open('/pages/cart/index')
    await expectInert(shopper, seen, 'cart', [PRODUCT_TITLE, SHORT])
    await shopper.locator('.cart__checkout').click()
    await shopper.locator('.checkout__total', { hasText: '¥' }).waitFor({ timeout: 15_000 })
    await expectInert(shopper, seen, 'checkout', [PRODUCT_TITLE, ADDRESS.userName, ADDRESS.cityName, ADDRESS.countyName, ADDRESS.detailInfo])
    await ctx.screenshot(shopper, 'hostile-checkout')
    await shopper.locator('.checkout__delivery-option', { hasText: '到店自提' }).click()
    await expectInert(shopper, seen, 'checkout, pickup', [PICKUP_ADDRESS, PICKUP_HOURS])

    await open(`/packages/order/pages/detail/index?id=${f.orderId}`)
    await expectInert(shopper, seen, 'order detail', [PRODUCT_TITLE, ADDRESS.userName, ADDRESS.detailInfo, NOTE])
    await open(`/packages/order/pages/review/index?orderId=${f.orderId}&productId=${f.productId}&title=${encodeURIComponent(PRODUCT_TITLE)}`)
    await expectInert(shopper, seen, 'review form', [PRODUCT_TITLE])
    await open('/pages/me/index')
    await expectInert(shopper, seen, '我的', [NICKNAME])
    await open(`/packages/chat/pages/thread/index?storeId=${f.storeId}`)
    await expectInert(shopper, seen, '客服 thread', [PRODUCT_TITLE, CHAT_TEXT, CHAT_REPLY], { title: STORE_NAME })
    await open('/packages/chat/pages/list/index')
    await expectInert(shopper, seen, '客服 list', [STORE_NAME, CHAT_REPLY])
    await open('/packages/coupon/pages/mine/index')
    await expectInert(shopper, seen, '我的优惠券', [COUPON_TITLE])

    const merchant = await ctx.newPage({ openid: OWNER })
    const merchantSeen = watch(merchant)
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/orders/index?storeId=${f.storeId}`)
    await merchant.locator('.m-orders__tab', { hasText: '已完成' }).click()
    await expectInert(merchant, merchantSeen, 'merchant orders', [PRODUCT_TITLE, SHORT, ADDRESS.userName, ADDRESS.detailInfo, NOTE])
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/comments/index?storeId=${f.storeId}`)
    await expectInert(merchant, merchantSeen, 'merchant comments', [REVIEW, REVIEW_REPLY, POST_COMMENT, LIVE_COMMENT])
    await ctx.screenshot(merchant, 'hostile-merchant-comments')
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/shipping/index?storeId=${f.storeId}`)
    await expectInert(merchant, merchantSeen, 'merchant 运费设置', [PICKUP_ADDRESS, PICKUP_HOURS])
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/inbox/index?storeId=${f.storeId}`)
    await merchant.locator('.inbox__edit').click()
    await expectInert(merchant, merchantSeen, '客服 inbox', [NICKNAME, CHAT_REPLY])
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/chat/index?storeId=${f.storeId}&conversationId=${f.conversationId}&name=${encodeURIComponent(NICKNAME)}`)
    await expectInert(merchant, merchantSeen, '客服 store thread', [PRODUCT_TITLE, CHAT_TEXT, CHAT_REPLY], { title: NICKNAME })
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/notifications/index?storeId=${f.storeId}`)
    await expectInert(merchant, merchantSeen, 'merchant notifications', [PRODUCT_TITLE])
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/customers/index?storeId=${f.storeId}`)
    await expectInert(merchant, merchantSeen, 'merchant customers', [NICKNAME])
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/categories/index?storeId=${f.storeId}`)
    await merchant.locator('.categories__toggle').first().click()
    await expectInert(merchant, merchantSeen, 'merchant categories', [CATEGORY, PRODUCT_TITLE])
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/coupons/index?storeId=${f.storeId}`)
    await expectInert(merchant, merchantSeen, 'merchant coupons', [COUPON_TITLE])
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/live-rooms/index?storeId=${f.storeId}`)
    await expectInert(merchant, merchantSeen, 'merchant 直播', [ROOM_TITLE])
    await merchant.goto(`${ctx.baseUrl}/pages/me/index`)
    await expectInert(merchant, merchantSeen, '我的 (merchant)', [STORE_NAME])
    // Staff: the invitation shows the store's name; the 店员 page shows the member's nickname.
    const invite = await ctx.api('merchant', 'inviteStaff', { storeId: f.storeId, role: 'service' }, OWNER)
    await open(`/${invite.path}`)
    await expectInert(shopper, seen, 'staff invitation', [STORE_NAME])
    await ctx.api('merchant', 'acceptInvite', { inviteCode: invite.inviteCode }, SHOPPER)
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/staff/index?storeId=${f.storeId}`)
    await expectInert(merchant, merchantSeen, 'merchant staff', [NICKNAME])

    // 接龙: the shopper's page (title, intro, pickup point, masked name) and the merchant's list and sheet.
    const product = await ctx.api('catalog', 'getProduct', { productId: f.productId })
    const jielong = await ctx.api('merchant', 'saveJielong', {
      storeId: f.storeId, title: JIELONG_TITLE, intro: JIELONG_INTRO, items: [{ skuId: product.skus[0].id }],
      endAt: new Date(Date.now() + 86_400_000).toISOString(), delivery: 'both', pickupPoints: [POINT],
    }, OWNER)
    const entry = await ctx.api('jielong', 'join', {
      jielongId: jielong.id, lines: [{ skuId: product.skus[0].id, quantity: 1 }], pickupPointId: jielong.pickupPoints[0].id, address: ADDRESS, idempotencyKey: `hostile-jl-${Date.now()}`,
    }, SHOPPER)
    await ctx.api('payment', 'simulate', { orderId: entry.id }, SHOPPER)
    await open(`/packages/jielong/pages/detail/index?id=${jielong.id}`)
    await expectInert(shopper, seen, '接龙', [JIELONG_TITLE, JIELONG_INTRO, POINT.name, POINT.address, PRODUCT_TITLE, STORE_NAME, `${Array.from(ADDRESS.userName)[0]}**`])
    await ctx.screenshot(shopper, 'hostile-jielong')
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/jielongs/index?storeId=${f.storeId}`)
    await expectInert(merchant, merchantSeen, 'merchant 接龙 list', [JIELONG_TITLE])
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/jielong-sheet/index?storeId=${f.storeId}&id=${jielong.id}`)
    await expectInert(merchant, merchantSeen, '接龙 sheet', [JIELONG_TITLE, POINT.name, POINT.address, ADDRESS.userName, PRODUCT_TITLE])

    const response = await fetch(`${ctx.baseUrl}/pages/home/index?storeId=${f.storeId}`)
    expectTrue(/script-src 'self'/.test(response.headers.get('content-security-policy') ?? ''), 'the storefront is served with a CSP')
  }),
]
