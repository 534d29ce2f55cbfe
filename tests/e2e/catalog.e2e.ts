// Discovery: hashtag chips lead to topic pages, specs show stock and price, search finds
// Chinese titles and says so when nothing matches.
import { expectEqual, expectTrue, fieldSelector, scenario } from './harness'

export default [
  scenario('home → hashtag chip → topic lists only that tag → sold-out spec disabled → another spec shows its price', async (ctx) => {
    const page = await ctx.newPage()
    await page.goto(`${ctx.baseUrl}/pages/home/index?storeId=demo`)
    await page.locator('.topic-chip', { hasText: '#ootd' }).click()
    await page.locator('.topic__title').waitFor()
    expectEqual(await page.locator('.topic__title').textContent(), '#ootd', 'topic title')
    await page.locator('.topic .product-card').first().waitFor()
    const shown = await page.locator('.topic .product-card__title').allTextContents()
    const tagged = await ctx.api('catalog', 'listTopic', { hashtag: 'ootd', storeId: 'demo', limit: 50 })
    expectEqual(shown.sort(), tagged.items.map((p: any) => p.title).sort(), 'topic shows exactly the tagged products')
    const everything = await ctx.api('catalog', 'listProducts', { storeId: 'demo', limit: 50 })
    expectTrue(everything.items.length > shown.length, 'the topic is narrower than the store')

    await page.locator('.topic .product-card', { hasText: '夏季碎花连衣裙' }).click()
    await page.locator('.product__title').waitFor()
    await page.locator('.spec-value', { hasText: '蓝色' }).click()
    const soldOut = page.locator('.spec-value', { hasText: 'L' })
    expectEqual(await soldOut.getAttribute('aria-disabled'), 'true', 'L in blue is disabled')
    expectTrue((await soldOut.getAttribute('class'))?.includes('spec-value--sold_out'), 'L in blue is marked sold out')
    await soldOut.click()
    expectTrue(!(await soldOut.getAttribute('class'))?.includes('spec-value--chosen'), 'a sold-out spec cannot be chosen')

    await page.locator('.spec-value', { hasText: '红色' }).click()
    await page.locator('.spec-value', { hasText: 'L' }).click()
    expectEqual(await page.locator('.product__price').textContent(), '¥159.00', 'red L price')
    await page.locator('.spec-value', { hasText: 'M' }).click()
    expectEqual(await page.locator('.product__price').textContent(), '¥149.00', 'red M price')
    await page.waitForTimeout(400)
    await ctx.screenshot(page, 'catalog-spec')
  }),

  scenario('search 连衣裙 finds the dress; a nonsense query shows the no-result state', async (ctx) => {
    const page = await ctx.newPage()
    await page.goto(`${ctx.baseUrl}/pages/search/index`)
    const input = page.locator(fieldSelector('.search__input')).first()
    await input.fill('连衣裙')
    await input.press('Enter')
    await page.locator('.product-card').first().waitFor()
    expectTrue((await page.locator('.product-card__title').allTextContents()).includes('夏季碎花连衣裙'), 'the dress is found')
    await ctx.screenshot(page, 'search-found')

    await page.locator('.search__submit', { hasText: '取消' }).click()
    expectTrue(await page.locator('.search__recent', { hasText: '连衣裙' }).isVisible(), 'the search is remembered')
    await input.fill('zzqx不存在的东西')
    await input.press('Enter')
    await page.locator('.empty-state').waitFor()
    expectTrue((await page.locator('.empty-state').textContent())?.includes('没有找到'), 'no-result state')
    expectEqual(await page.locator('.product-card').count(), 0, 'no products shown')
  }),
]
