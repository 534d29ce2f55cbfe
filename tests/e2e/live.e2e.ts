// A shopper arrives through the store's live room: a room that started a minute ago with
// pinned goods shows as 直播中 on the store home → its room page → a pinned product opens with
// the live attribution, and the page records the visit of the room → 立即购买, paid: the order
// carries source live and the room id, and the merchant's stats count the visitor and the order.
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

/** The room's visits as the merchant's visit list shows them (entry.listVisits, newest first). */
async function visitsOfRoom(ctx: E2EContext, roomId: string): Promise<number> {
  const page = await ctx.api('entry', 'listVisits', { storeId: DEMO_STORE_ID, source: 'live', limit: 50 }, DEMO_MERCHANT_OPENID)
  return page.items.filter((visit: { roomId: string | null }) => visit.roomId === roomId).length
}

/** The page records the arrival without waiting for anything on screen: wait for the cloud to have it. */
async function waitForVisits(ctx: E2EContext, roomId: string, expected: number, what: string): Promise<void> {
  for (let i = 0; i < 50 && (await visitsOfRoom(ctx, roomId)) < expected; i++) await new Promise((resolve) => setTimeout(resolve, 200))
  expectEqual(await visitsOfRoom(ctx, roomId), expected, what)
}

/** 访客 and 订单 of the 直播间 row on the merchant's stats page (7 days); zeros before there is a row. */
async function liveStatsRow(ctx: E2EContext, merchant: Page): Promise<[number, number]> {
  await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/stats/index?storeId=${DEMO_STORE_ID}`)
  await merchant.locator('.console__card.stats__totals').waitFor({ timeout: 15_000 })
  const row = merchant.locator('.stats-table__row', { hasText: '直播间' })
  if ((await row.count()) === 0) return [0, 0]
  const cells = await row.locator('.stats-table__cell').allTextContents()
  return [Number(cells[0]), Number(cells[1])]
}

export default [
  scenario('a room on air → 直播中 banner on the store home → room page → pinned product with live attribution → paid order from live', async (ctx) => {
    const room = await scheduleRoomStartedAMinuteAgo(ctx)
    expectEqual(room.status, 101, 'a room scheduled a minute ago is live')
    expectEqual(room.goods.length, 2, 'pinned goods on sale')

    // A shopper new to the store, so the stats gain exactly one visitor.
    const shopper = `live-buyer-${randomBytes(4).toString('hex')}`
    const merchant = await ctx.newPage({ openid: DEMO_MERCHANT_OPENID })
    const before = await liveStatsRow(ctx, merchant)

    const page = await ctx.newPage({ openid: shopper })
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
    // The product page recorded the arrival from the room itself: one visit, with the room.
    await waitForVisits(ctx, room.id, 1, 'the product page opened from the room records one visit of the room')

    // A value of each spec, 立即购买 → 到店自提 → pay: the order carries the room the shopper came from.
    for (const dim of await page.locator('.spec-selector__dim').all()) {
      const value = dim.locator('.spec-value--available').first()
      if (!((await value.getAttribute('class')) ?? '').includes('spec-value--chosen')) await value.click()
    }
    await page.locator('.product__buy-button').click()
    await page.locator('.checkout__delivery-option', { hasText: '到店自提' }).click()
    await page.locator('.checkout__pickup-address').waitFor({ timeout: 15_000 })
    await page.locator('.checkout__submit').click()
    await page.locator('.order-status__label').waitFor({ timeout: 20_000 })
    expectEqual(await page.locator('.order-status__label').textContent(), '待发货', 'order state after paying')
    const [order] = (await ctx.api('order', 'list', {}, shopper)).items
    expectEqual([order.status, order.entry?.source, order.entry?.roomId], ['paid', 'live', room.id], 'the paid order carries source live and the room id')

    const after = await liveStatsRow(ctx, merchant)
    expectEqual(after, [before[0] + 1, before[1] + 1], 'the 直播间 row of the stats counts the visitor and the order')
    await ctx.screenshot(merchant, 'live-merchant-stats')

    // A shopper who opens the store page with the room's attribution (a shared link of the room):
    // the launch and the page are one arrival, counted once.
    const linked = await ctx.newPage({ openid: `live-linked-${randomBytes(4).toString('hex')}` })
    await linked.goto(`${ctx.baseUrl}/pages/home/index?storeId=${DEMO_STORE_ID}&src=live&room=${room.id}`)
    await linked.locator('.live-banner--on-air').waitFor({ timeout: 15_000 })
    await waitForVisits(ctx, room.id, 2, 'the store page opened with src=live&room adds one visit of the room')
    await linked.waitForTimeout(1_000)
    expectEqual(await visitsOfRoom(ctx, room.id), 2, 'and only one')
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
