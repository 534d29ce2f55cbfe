// A merchant's content tools in Chromium on the demo store: 直播 in the console (schedule a room
// with a pinned product → a shopper finds it under 直播 → 去下单 opens that product with the
// room's attribution → the merchant ends it) and the article editor (a product card and a
// picture inserted through the pickers, seen in the live preview, then on the post page).
import path from 'node:path'
import type { Page } from 'playwright-core'
import { DEMO_MERCHANT_OPENID, DEMO_STORE_ID } from '../../cloud/seed/demo-store'
import { DEMO_ROOM_TITLE } from '../../cloud/seed/demo-content'
import { expectEqual, expectTrue, fieldSelector, scenario } from './harness'

const ROOM_TITLE = '周五晚八点 果酱专场'
const PINNED = '草莓果酱'
const POST_TITLE = '熬一锅草莓果酱'
const PHOTO = path.resolve(__dirname, '../../src/assets/icons/home-active.png')

async function fill(page: Page, selector: string, value: string) {
  await page.locator(fieldSelector(selector)).first().fill(value)
}

/** Picks PHOTO from the album: H5's chooseMedia opens a file input, behind an action sheet when it offers the camera too. */
async function pickPhoto(page: Page, button: string) {
  const chooser = page.waitForEvent('filechooser', { timeout: 15_000 })
  await page.locator(button).click()
  const sheet = page.getByText('从相册选择')
  if (await sheet.isVisible({ timeout: 1_500 }).catch(() => false)) await sheet.click()
  await (await chooser).setFiles(PHOTO)
}

export default [
  scenario('live console: the merchant schedules a room with a pinned product → the shopper sees it under 直播 → 去下单 opens that product → the merchant ends it', async (ctx) => {
    const merchant = await ctx.newPage({ openid: DEMO_MERCHANT_OPENID })
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/index/index`)
    await merchant.locator('.merchant-home__entry-label', { hasText: /^直播$/ }).click()
    // The seeded room is listed with its status from the named table (预告), not a number.
    const seeded = merchant.locator('.live-item', { hasText: DEMO_ROOM_TITLE })
    await seeded.waitFor({ timeout: 15_000 })
    expectEqual(await seeded.locator('.live-item__status').textContent(), '预告', 'the seeded room’s status')

    await merchant.locator('.live-rooms__new').click()
    await merchant.locator('.live-form__save').click()
    await merchant.locator('.field__error', { hasText: '请填写直播标题' }).waitFor()
    await fill(merchant, '.live-form__title', ROOM_TITLE)
    await merchant.locator('.live-form .product-ticks__item', { hasText: PINNED }).click()
    await pickPhoto(merchant, '.live-form .image-picker__add')
    await merchant.locator('.live-form .image-picker__image').waitFor({ timeout: 15_000 })
    await ctx.screenshot(merchant, 'content-live-form')
    await merchant.locator('.live-form__save').click()
    const card = merchant.locator('.live-item', { hasText: ROOM_TITLE })
    await card.waitFor({ timeout: 15_000 })
    expectEqual(await card.locator('.live-item__status').textContent(), '预告', 'a room starting in an hour or more is 预告')
    expectTrue(((await card.textContent()) ?? '').includes('挂载商品 1 件'), 'the pinned product is counted')
    await ctx.screenshot(merchant, 'content-live-console')

    // ── the shopper finds it under 直播 and orders its pinned product ──
    const shopper = await ctx.newPage({ openid: 'content-shopper' })
    await shopper.goto(`${ctx.baseUrl}/packages/live/pages/index/index?storeId=${DEMO_STORE_ID}`)
    await shopper.locator('.room-card__title', { hasText: ROOM_TITLE }).click()
    await shopper.locator('.live-room__title', { hasText: ROOM_TITLE }).waitFor({ timeout: 15_000 })
    const good = shopper.locator('.goods-list__item', { hasText: PINNED })
    await good.waitFor({ timeout: 15_000 })
    await shopper.waitForTimeout(500)
    await ctx.screenshot(shopper, 'content-live-room')
    const room = (await ctx.api('merchant', 'listLiveRooms', { storeId: DEMO_STORE_ID }, DEMO_MERCHANT_OPENID)).items.find((r: { title: string }) => r.title === ROOM_TITLE)
    await good.locator('.goods-list__buy', { hasText: '去下单' }).click()
    await shopper.locator('.product__title', { hasText: PINNED }).waitFor({ timeout: 15_000 })
    const query = new URL(shopper.url()).searchParams
    expectEqual([query.get('id'), query.get('src'), query.get('room')], [room.productIds[0], 'live', room.id], '去下单 opens the product with the room’s attribution')

    // ── the merchant ends the room ──
    await card.locator('.live-item__end').click()
    await merchant.locator('.taro__modal .taro-model__confirm').click()
    await card.locator('.live-item__status', { hasText: '已结束' }).waitFor({ timeout: 15_000 })
    expectEqual(await card.locator('.live-item__end').count(), 0, 'an ended room cannot be ended again')
    await ctx.screenshot(merchant, 'content-live-ended')
  }),

  scenario('article editor: a product card and a picture inserted through the pickers show in the live preview and on the post', async (ctx) => {
    const merchant = await ctx.newPage({ openid: DEMO_MERCHANT_OPENID })
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/post-edit/index?storeId=${DEMO_STORE_ID}`)
    await merchant.locator('.post-edit__kind--article').click()
    await fill(merchant, '.post-edit__title', POST_TITLE)
    await fill(merchant, '.post-edit__body', '# 今天熬果酱\n丹东草莓配一点柠檬汁。')
    await merchant.locator('.body-preview .post-article__heading', { hasText: '今天熬果酱' }).waitFor()

    await merchant.locator('.body-tools__product').click()
    await merchant.locator('.body-tools__picker .product-ticks__item', { hasText: PINNED }).click()
    const body = () => merchant.locator(fieldSelector('.post-edit__body')).first().inputValue()
    expectTrue(/\n\[\[商品:[A-Za-z0-9_-]+\]\]$/.test(await body()), `the card's markup goes on a line of its own: ${await body()}`)
    await merchant.locator('.body-preview .post-good', { hasText: PINNED }).waitFor({ timeout: 15_000 })

    await pickPhoto(merchant, '.body-tools__picture')
    await merchant.locator('.body-preview .post-article__image').waitFor({ timeout: 15_000 })
    expectTrue(/!\[\]\(\/files\/uploads\/[^)]+\)$/.test(await body()), `the picture's markup follows the card: ${await body()}`)
    await ctx.screenshot(merchant, 'content-article-editor')

    await merchant.locator('.post-edit__save').click()
    await merchant.waitForURL(/posts\/index/, { timeout: 15_000, waitUntil: 'commit' })
    const posts = await ctx.api('post', 'list', { storeId: DEMO_STORE_ID })
    const post = posts.items.find((p: { title: string }) => p.title === POST_TITLE)
    const shopper = await ctx.newPage({ openid: 'content-reader' })
    await shopper.goto(`${ctx.baseUrl}/packages/post/pages/detail/index?postId=${post.id}&storeId=${DEMO_STORE_ID}`)
    await shopper.locator('.post-article .post-good', { hasText: PINNED }).waitFor({ timeout: 15_000 })
    await shopper.locator('.post-article__image').waitFor({ timeout: 15_000 })
    await shopper.waitForTimeout(500)
    await ctx.screenshot(shopper, 'content-article-post')
  }),
]
