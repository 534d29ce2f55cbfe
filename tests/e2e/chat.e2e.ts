// 客服 in Chromium with two browser contexts on a fresh database with the demo store: a shopper
// asks about a product from its page → the merchant sees the unread badge on the console home,
// opens the thread with the product card and answers → the shopper sees the answer without
// reloading (polling), and the unread counts follow.
import type { Page } from 'playwright-core'
import { DEMO_MERCHANT_OPENID, DEMO_STORE_ID } from '../../cloud/seed/demo-store'
import { expectEqual, expectTrue, fieldSelector, scenario } from './harness'

const SHOPPER = 'e2e-chat-shopper'
const QUESTION = '这条围巾起球吗？能机洗吗？'
const ANSWER = '不起球，可以用洗衣机羊毛模式'

async function say(page: Page, text: string) {
  await page.locator(fieldSelector('.chat-composer__input')).first().fill(text)
  await page.locator('.chat-composer__send').click()
}

export default [
  scenario('chat: a shopper asks about a product, the merchant sees the badge and answers, the shopper sees it without reloading', async (ctx) => {
    const products = await ctx.api('catalog', 'listProducts', { storeId: DEMO_STORE_ID, limit: 1 })
    const product = products.items[0]

    // ── the shopper asks from the product page ──
    const shopper = await ctx.newPage({ openid: SHOPPER })
    await shopper.goto(`${ctx.baseUrl}/pages/product/index?id=${product.id}`)
    await shopper.locator('.product__chat').click()
    await shopper.locator('.chat-offer .chat-card__title', { hasText: product.title }).waitFor({ timeout: 15_000 })
    await shopper.locator('.chat-offer__send').click()
    await shopper.locator('.chat-row--mine .chat-card--product', { hasText: product.title }).waitFor({ timeout: 15_000 })
    await say(shopper, QUESTION)
    await shopper.locator('.chat-row--mine:not(.chat-row--sending) .chat-bubble__text', { hasText: QUESTION }).waitFor({ timeout: 15_000 })
    await ctx.screenshot(shopper, 'chat-shopper-asked')
    // A marker that a reload would wipe: the answer must arrive into this same document.
    await shopper.evaluate(() => ((window as unknown as { chatMarker: number }).chatMarker = 1))

    // ── the merchant sees the unread badge and opens the thread ──
    const merchant = await ctx.newPage({ openid: DEMO_MERCHANT_OPENID })
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/index/index`)
    const badge = merchant.locator('.merchant-home__chat-badge')
    await badge.waitFor({ timeout: 15_000 })
    expectEqual(await badge.textContent(), '2', 'the console home badge counts the product card and the question')
    await ctx.screenshot(merchant, 'chat-console-badge')
    await merchant.locator('.merchant-home__chat').click()
    const row = merchant.locator('.inbox__row').first()
    await row.locator('.chat-badge', { hasText: '2' }).waitFor({ timeout: 15_000 })
    await row.click()
    await merchant.locator('.chat-row--theirs .chat-card--product', { hasText: product.title }).waitFor({ timeout: 15_000 })
    await merchant.locator('.chat-row--theirs .chat-bubble__text', { hasText: QUESTION }).waitFor()
    await say(merchant, ANSWER)
    await merchant.locator('.chat-row--mine:not(.chat-row--sending) .chat-bubble__text', { hasText: ANSWER }).waitFor({ timeout: 15_000 })
    await ctx.screenshot(merchant, 'chat-merchant-answered')

    // ── the shopper sees the answer without reloading ──
    await shopper.locator('.chat-row--theirs .chat-bubble__text', { hasText: ANSWER }).waitFor({ timeout: 45_000 })
    expectEqual(await shopper.evaluate(() => (window as unknown as { chatMarker?: number }).chatMarker), 1, 'the shopper page was not reloaded')
    await ctx.screenshot(shopper, 'chat-shopper-answered')

    // The thread read it; the merchant's inbox is read too.
    const mine = await ctx.api('chat', 'conversations', {}, SHOPPER)
    expectEqual(mine.items.map((c: { unread: number }) => c.unread), [0], 'the shopper has read the answer')
    const inbox = await ctx.api('chat', 'conversations', { storeId: DEMO_STORE_ID }, DEMO_MERCHANT_OPENID)
    expectEqual(inbox.items.map((c: { unread: number }) => c.unread), [0], 'the store has read the question')

    // 我的 lists the conversation.
    await shopper.goto(`${ctx.baseUrl}/packages/chat/pages/list/index`)
    await shopper.locator('.chat-list__row', { hasText: ANSWER }).waitFor({ timeout: 15_000 })
    expectTrue((await shopper.locator('.chat-list__row .chat-badge').count()) === 0, 'no unread badge once read')
    await ctx.screenshot(shopper, 'chat-shopper-list')
  }),
]
