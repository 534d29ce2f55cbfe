// Store posts, in Chromium on a fresh database with the demo store: the merchant
// publishes a picture post tagged 新品 → a shopper finds it on the topic page 新品 → comments →
// the merchant deletes the comment → the shopper reloads and it is gone → the merchant changes
// the post's hashtags three times → the topic pages follow each change.
import path from 'node:path'
import type { Page } from 'playwright-core'
import { DEMO_MERCHANT_OPENID, DEMO_STORE_ID } from '../../cloud/seed/demo-store'
import { expectEqual, expectTrue, fieldSelector, scenario, type E2EContext } from './harness'

const TITLE = '工作室里的新杯子'
const COMMENT = '这个颜色好温柔，想要'
const PHOTO = path.resolve(__dirname, '../../src/assets/icons/home-active.png')

async function fill(page: Page, selector: string, value: string) {
  await page.locator(fieldSelector(selector)).first().fill(value)
}

async function addHashtag(page: Page, tag: string) {
  await fill(page, '.hashtag-editor__input', tag)
  await page.locator('.hashtag-editor__button').click()
  await page.locator('.hashtag-editor__chip', { hasText: tag }).waitFor()
}

/** The topic page's posts tab: whether our post is listed there. */
async function topicShowsPost(ctx: E2EContext, page: Page, tag: string, screenshot?: string): Promise<boolean> {
  await page.goto(`${ctx.baseUrl}/pages/topic/index?tag=${encodeURIComponent(tag)}`)
  await page.locator('.topic__tabs .section-tab--posts').click()
  await page.locator('.post-card, .empty-state:has-text("这个话题下还没有动态")').first().waitFor({ timeout: 15_000 })
  if (screenshot) await ctx.screenshot(page, screenshot)
  return (await page.locator('.post-card__title', { hasText: TITLE }).count()) > 0
}

/**
 * Opens the post in the merchant's editor: from the posts list, or `directly` by its URL (as from
 * a bookmark or a reload), after which saving must still land on the posts list.
 */
async function openEditor(ctx: E2EContext, page: Page, postId: string, directly = false) {
  if (directly) {
    await page.goto(`${ctx.baseUrl}/packages/merchant/pages/post-edit/index?storeId=${DEMO_STORE_ID}&postId=${postId}`)
  } else {
    await page.goto(`${ctx.baseUrl}/packages/merchant/pages/posts/index?storeId=${DEMO_STORE_ID}`)
    const row = page.locator('.post-row', { hasText: TITLE })
    await row.waitFor({ timeout: 15_000 })
    await row.locator('.post-row__edit').click()
  }
  await page.locator(fieldSelector('.post-edit__title')).first().waitFor()
  await page.waitForFunction(
    (selector) => (document.querySelector(selector) as HTMLInputElement | null)?.value !== '',
    fieldSelector('.post-edit__title').split(', ')[1],
  )
}

async function saveEditor(page: Page) {
  await page.locator('.post-edit__save').click()
  await page.waitForURL(/posts\/index/, { timeout: 15_000, waitUntil: 'commit' })
}

export default [
  scenario('posts: a picture post tagged 新品 is found on its topic, commented, moderated and retagged three times', async (ctx) => {
    // ── the merchant publishes a picture post tagged 新品 with a linked product ──
    const merchant = await ctx.newPage({ openid: DEMO_MERCHANT_OPENID })
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/posts/index?storeId=${DEMO_STORE_ID}`)
    // The demo store starts with its seeded posts (cloud/seed/demo-content.ts).
    await merchant.locator('.posts .post-row').first().waitFor({ timeout: 15_000 })
    await merchant.locator('.posts__new').click()
    await merchant.locator('.post-edit__save').waitFor()
    // A picture set without pictures is refused beside the field.
    await fill(merchant, '.post-edit__title', TITLE)
    await merchant.locator('.post-edit__save').click()
    await merchant.locator('.field__error', { hasText: '图集至少需要 1 张图片' }).waitFor()
    for (let i = 0; i < 2; i++) {
      const chooser = merchant.waitForEvent('filechooser')
      await merchant.locator('.image-picker__add').click()
      await merchant.getByText('从相册选择').click()
      await (await chooser).setFiles(PHOTO)
      await merchant.locator('.image-picker__image').nth(i).waitFor({ timeout: 15_000 })
    }
    await fill(merchant, '.post-edit__body', '今天出窑的一批粗陶杯，釉色每只都不一样。')
    await addHashtag(merchant, '#新品')
    await merchant.locator('.post-edit__product').first().click()
    await ctx.screenshot(merchant, 'posts-editor')
    await saveEditor(merchant)
    await merchant.locator('.post-row', { hasText: TITLE }).waitFor({ timeout: 15_000 })

    // ── a shopper finds it on the topic page 新品 (posts tab) and opens it ──
    const shopper = await ctx.newPage({ openid: 'post-shopper' })
    expectTrue(await topicShowsPost(ctx, shopper, '新品', 'posts-topic-tab'), 'the post is listed under #新品')
    await shopper.locator('.post-card', { hasText: TITLE }).click()
    await shopper.locator('.post-page__title', { hasText: TITLE }).waitFor({ timeout: 15_000 })
    expectEqual(await shopper.locator('.post-grid__image').count(), 2, 'the picture grid shows both photos')
    await shopper.locator('.post-good').first().waitFor({ timeout: 15_000 })
    const tags = await shopper.locator('.post-page__tags .hashtag-chip').allTextContents()
    expectTrue(tags.includes('#新品'), `the post shows its hashtag (${tags.join(' ')})`)
    expectTrue(tags.length > 1, 'the store’s brand hashtags show on the post too')

    // Likes and the one-tap purchase of the linked product.
    await shopper.locator('.post-page__like').click()
    await shopper.locator('.post-page__like--on', { hasText: '1' }).waitFor({ timeout: 15_000 })

    // ── the shopper comments ──
    await fill(shopper, '.post-comments__input', COMMENT)
    await shopper.locator('.post-comments__send').click()
    await shopper.locator('.post-comment__text', { hasText: COMMENT }).waitFor({ timeout: 15_000 })
    await ctx.screenshot(shopper, 'posts-post-page')

    // The store's 动态 tab lists it too.
    await shopper.goto(`${ctx.baseUrl}/pages/home/index?storeId=${DEMO_STORE_ID}`)
    await shopper.locator('.home__tabs .section-tab--posts').click()
    await shopper.locator('.post-card', { hasText: TITLE }).waitFor({ timeout: 15_000 })
    await ctx.screenshot(shopper, 'posts-store-tab')

    // ── the merchant deletes the comment from the comments page ──
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/comments/index?storeId=${DEMO_STORE_ID}`)
    const card = merchant.locator('.comment-card', { hasText: COMMENT })
    await card.waitFor({ timeout: 15_000 })
    expectTrue(await card.locator('.comment-card__target', { hasText: TITLE }).isVisible(), 'the comment names its post')
    await card.locator('.comment-card__delete').click()
    await merchant.locator('.taro__modal .taro-model__confirm').click()
    await card.waitFor({ state: 'detached', timeout: 15_000 })

    // ── the shopper reloads the post: the comment is gone ──
    const posts = await ctx.api('post', 'list', { storeId: DEMO_STORE_ID })
    const post = posts.items.find((p: any) => p.title === TITLE)
    await shopper.goto(`${ctx.baseUrl}/packages/post/pages/detail/index?postId=${post.id}&storeId=${DEMO_STORE_ID}`)
    await shopper.locator('.post-comments__empty').waitFor({ timeout: 15_000 })
    expectEqual(await shopper.locator('.post-comment__text', { hasText: COMMENT }).count(), 0, 'the deleted comment is gone for the shopper')

    // ── the merchant changes the hashtags three times; the topic pages follow ──
    const changes: Array<{ remove: string[]; add: string[]; now: string[]; gone: string[] }> = [
      { remove: ['新品'], add: ['春装'], now: ['春装'], gone: ['新品'] },
      { remove: [], add: ['手作杯'], now: ['春装', '手作杯'], gone: ['新品'] },
      { remove: ['春装', '手作杯'], add: ['夏日'], now: ['夏日'], gone: ['春装', '手作杯'] },
    ]
    for (const [i, change] of changes.entries()) {
      await openEditor(ctx, merchant, post.id, i === changes.length - 1)
      for (const tag of change.remove) {
        await merchant.locator('.hashtag-editor__chip', { hasText: tag }).locator('.hashtag-editor__remove').click()
      }
      for (const tag of change.add) await addHashtag(merchant, tag)
      await saveEditor(merchant)
      await merchant.locator('.post-row', { hasText: TITLE }).locator('.post-row__tags', { hasText: change.now.map((t) => `#${t}`).join(' ') }).waitFor({ timeout: 15_000 })
      for (const tag of change.now) expectTrue(await topicShowsPost(ctx, shopper, tag), `change ${i + 1}: listed under #${tag}`)
      for (const tag of change.gone) expectTrue(!(await topicShowsPost(ctx, shopper, tag)), `change ${i + 1}: no longer under #${tag}`)
    }
    const final = await ctx.api('post', 'get', { postId: post.id })
    expectEqual(final.hashtags, ['夏日'], 'the post ends with the last hashtags')
  }),
]
