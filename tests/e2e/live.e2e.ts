// A shopper arrives through the store's live room: a room that started a minute ago with
// pinned goods shows as 直播中 on the store home → its room page → a pinned product opens with
// the live attribution → (with the order and entry features) the paid order carries source
// live and the room id.
import { randomBytes } from 'node:crypto'
import type { Page } from 'playwright-core'
import type { LiveRoom } from '../../src/domain/live'
import { DEMO_MERCHANT_OPENID, DEMO_STORE_ID } from '../../cloud/seed/demo-store'
import { expectEqual, expectTrue, scenario, type E2EContext } from './harness'

const SHOPPER = 'live-shopper'

async function scheduleRoomStartedAMinuteAgo(ctx: E2EContext): Promise<LiveRoom> {
  const page = await ctx.api('catalog', 'listProducts', { storeId: DEMO_STORE_ID, limit: 3 })
  const productIds = page.items.slice(0, 2).map((p: { id: string }) => p.id)
  const now = Date.now()
  return ctx.api<LiveRoom>(
    'merchant',
    'saveLiveRoom',
    {
      storeId: DEMO_STORE_ID,
      title: '山野上新夜 · 手作专场',
      anchorName: '山野店主',
      startAt: new Date(now - 60_000).toISOString(),
      endAt: new Date(now + 3_600_000).toISOString(),
      productIds,
    },
    DEMO_MERCHANT_OPENID,
  )
}

/**
 * The checkout's part, against the wire contract: the product page's query (src=live&room=ID)
 * is recorded as a visit, order.create takes its visitId, simulated pay, and the order keeps
 * the visit's entry.
 */
async function buyWithLiveAttribution(ctx: E2EContext, page: Page, room: LiveRoom, productId: string): Promise<void> {
  const url = new URL(page.url())
  const query = Object.fromEntries(url.searchParams)
  const visit = await ctx.api(
    'entry',
    'recordVisit',
    { launchId: randomBytes(8).toString('hex'), path: url.pathname.replace(/^\//, ''), query },
    SHOPPER,
  )
  expectEqual([visit.entry.source, visit.entry.roomId], ['live', room.id], 'the visit is attributed to the live room')
  const product = await ctx.api('catalog', 'getProduct', { productId })
  const sku = product.skus.find((s: { stock: number }) => s.stock > 0)
  const order = await ctx.api(
    'order',
    'create',
    {
      storeId: DEMO_STORE_ID,
      items: [{ skuId: sku.id, quantity: 1 }],
      delivery: 'pickup',
      idempotencyKey: randomBytes(8).toString('hex'),
      visitId: visit.visitId,
    },
    SHOPPER,
  )
  await ctx.api('payment', 'simulate', { orderId: order.id }, SHOPPER)
  const paid = await ctx.api('order', 'get', { orderId: order.id }, SHOPPER)
  expectEqual(paid.status, 'paid', 'order status after simulated pay')
  expectEqual([paid.entry?.source, paid.entry?.roomId], ['live', room.id], 'the order carries source live and the room id')
}

export default [
  scenario('a room on air → 直播中 banner on the store home → room page → pinned product with live attribution → paid order from live', async (ctx) => {
    const room = await scheduleRoomStartedAMinuteAgo(ctx)
    expectEqual(room.status, 101, 'a room scheduled a minute ago is live')
    expectEqual(room.goods.length, 2, 'pinned goods on sale')

    const page = await ctx.newPage({ openid: SHOPPER })
    await page.goto(`${ctx.baseUrl}/pages/home/index?storeId=${DEMO_STORE_ID}`)
    const banner = page.locator('.live-banner--on-air')
    await banner.waitFor({ timeout: 15_000 })
    const bannerText = (await banner.textContent()) ?? ''
    expectTrue(bannerText.includes('直播中') && bannerText.includes(room.title), `banner shows 直播中 and the room: ${bannerText}`)
    await ctx.screenshot(page, 'live-home-banner')

    await banner.click()
    await page.locator('.live-room__title').waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.live-room__title').textContent(), room.title, 'room page title')
    expectEqual(await page.locator('.live-room__badge').textContent(), '直播中', 'room status badge')
    const goodTitles = await page.locator('.goods-list__name').allTextContents()
    expectEqual(goodTitles.map((t) => t.replace(/^\d+\.\s*/, '')), room.goods.map((g) => g.title), 'pinned goods in order')
    await page.waitForTimeout(500)
    await ctx.screenshot(page, 'live-room')

    const good = room.goods[0]
    await page.locator('.goods-list__item').first().click()
    await page.locator('.product__title').waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.product__title').textContent(), good.title, 'the pinned product opens')
    const query = new URL(page.url()).searchParams
    expectEqual([query.get('id'), query.get('src'), query.get('room')], [good.id, 'live', room.id], 'product page query carries the live attribution')
    const productBanner = page.locator('.live-banner--product')
    await productBanner.waitFor({ timeout: 15_000 })
    expectTrue(((await productBanner.textContent()) ?? '').includes('本品正在直播间热卖'), 'the product page shows its room on air')
    await page.waitForTimeout(500) // the page slide-in, for a readable screenshot
    await ctx.screenshot(page, 'live-product')

    await buyWithLiveAttribution(ctx, page, room, good.id)
  }),

  scenario('a room that cannot be watched says so honestly, and 开播提醒 works before the start', async (ctx) => {
    const now = Date.now()
    const upcoming = await ctx.api<LiveRoom>(
      'merchant',
      'saveLiveRoom',
      { storeId: DEMO_STORE_ID, title: '周末茶器专场', startAt: new Date(now + 86_400_000).toISOString(), endAt: new Date(now + 90_000_000).toISOString(), productIds: [] },
      DEMO_MERCHANT_OPENID,
    )
    const page = await ctx.newPage({ openid: SHOPPER })
    await page.goto(`${ctx.baseUrl}/packages/live/pages/index/index?storeId=${DEMO_STORE_ID}`)
    await page.locator('.live-index__group-title').first().waitFor({ timeout: 15_000 })
    const groups = await page.locator('.live-index__group-title').allTextContents()
    expectTrue(groups.some((g) => g.startsWith('预告')), `the list has a 预告 group: ${groups.join(', ')}`)
    await page.locator('.room-card__title', { hasText: upcoming.title }).click()
    await page.locator('.live-room__remind').waitFor({ timeout: 15_000 })
    expectTrue(((await page.locator('.room-stage__message').textContent()) ?? '').includes('开播'), 'the stage says when it starts')
    await page.locator('.live-room__remind').click()
    await page.locator('.live-room__remind', { hasText: '已预约开播提醒' }).waitFor({ timeout: 10_000 })
    await ctx.screenshot(page, 'live-upcoming-subscribed')

    // A room with nothing to play: the page explains instead of showing a broken player.
    const expired = await ctx.api<LiveRoom>(
      'merchant',
      'saveLiveRoom',
      { storeId: DEMO_STORE_ID, title: '很久以前的直播', startAt: '2026-01-01T12:00:00Z', endAt: '2026-01-01T13:00:00Z', productIds: [] },
      DEMO_MERCHANT_OPENID,
    )
    expectEqual(expired.status, 103, 'a room in the past has ended')
    await page.goto(`${ctx.baseUrl}/packages/live/pages/room/index?id=${expired.id}`)
    await page.locator('.room-stage__message').waitFor({ timeout: 15_000 })
    expectTrue(((await page.locator('.room-stage__message').textContent()) ?? '').includes('回放生成后'), 'an ended room without replay says so')
    expectEqual(await page.locator('video').count(), 0, 'no player without something to play')

    // With a replay, the ended room plays it.
    const replayUrl = `${ctx.baseUrl}/files/replay-demo.mp4`
    await ctx.api('merchant', 'saveLiveRoom', { storeId: DEMO_STORE_ID, roomId: expired.id, title: expired.title, startAt: expired.startAt, endAt: expired.endAt, productIds: [], replayUrl }, DEMO_MERCHANT_OPENID)
    await page.goto(`${ctx.baseUrl}/packages/live/pages/room/index?id=${expired.id}`)
    await page.locator('video').waitFor({ state: 'attached', timeout: 15_000 })
    expectEqual(await page.locator('video').getAttribute('src'), replayUrl, 'the player plays the replay')
    expectEqual(await page.locator('.live-room__badge').textContent(), '回放', 'the badge says 回放')
  }),

  scenario('a live room’s Mini Program code and Weibo link open that room first in its store’s list; the growth page makes room codes', async (ctx) => {
    const now = Date.now()
    const room = await ctx.api<LiveRoom>(
      'merchant',
      'saveLiveRoom',
      { storeId: DEMO_STORE_ID, title: '扫码直达的直播', startAt: new Date(now + 7_200_000).toISOString(), endAt: new Date(now + 10_800_000).toISOString(), productIds: [] },
      DEMO_MERCHANT_OPENID,
    )
    const page = await ctx.newPage({ openid: SHOPPER })
    const selectedTitle = async (url: string, what: string) => {
      await page.goto(url)
      const selected = page.locator('.live-index__selected .room-card__title')
      await selected.waitFor({ timeout: 15_000 })
      expectEqual(await selected.textContent(), room.title, `${what} opens its room, selected`)
      expectEqual(await page.getByText('没有指定店铺').count(), 0, `${what}: no “没有指定店铺”`)
    }

    // The code's scene carries only the room (r=ID): the page finds the store from the room.
    const code = await ctx.api('entry', 'createQrCode', { storeId: DEMO_STORE_ID, roomId: room.id, campaign: '直播海报' }, DEMO_MERCHANT_OPENID)
    await selectedTitle(`${ctx.baseUrl}/${code.path}?scene=${encodeURIComponent(code.scene)}`, 'the room code')
    await ctx.screenshot(page, 'live-room-code')

    const link = await ctx.api('entry', 'createLink', { storeId: DEMO_STORE_ID, roomId: room.id, channel: 'weibo' }, DEMO_MERCHANT_OPENID)
    await selectedTitle(`${ctx.baseUrl}/${link.path.replace(/^\//, '')}?${new URLSearchParams(link.query)}`, 'the room link')

    // The merchant picks the room on the growth page and makes its code.
    const merchant = await ctx.newPage({ openid: DEMO_MERCHANT_OPENID })
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/growth/index?storeId=${DEMO_STORE_ID}`)
    const chip = merchant.locator('.growth__room', { hasText: room.title })
    await chip.waitFor({ timeout: 15_000 })
    await chip.click()
    await merchant.locator('.growth__make-qr').click()
    await merchant.locator('.growth__qr').waitFor({ timeout: 15_000 })
    await merchant.locator('.growth-code__campaign', { hasText: `直播：${room.title}` }).first().waitFor({ timeout: 15_000 })
    await ctx.screenshot(merchant, 'growth-room-code')
  }),
]
