// A shopper opens the storefront: the demo products show, and a product shows its title and price.
import { DEMO_PRODUCTS } from '../../cloud/seed/demo-store'
import { formatFenRange } from '../../src/domain/money'
import { expectEqual, expectTrue, scenario, scrollUntilRendered, textsWhileScrolling } from './harness'

export default [
  scenario('home shows the demo products → open one → its title and price are shown', async (ctx) => {
    const page = await ctx.newPage()
    await page.goto(ctx.baseUrl + '/')
    await page.locator('.product-card').first().waitFor({ timeout: 15_000 })
    await ctx.screenshot(page, 'storefront-home')
    // Other scenarios add stores and products, and the grid renders only rows near the screen.
    const titles = await textsWhileScrolling(page, '.product-card__title')
    for (const product of DEMO_PRODUCTS) expectTrue(titles.includes(product.title), `home lists ${product.title}`)

    await page.reload()
    const dress = DEMO_PRODUCTS.find((p) => p.title === '夏季碎花连衣裙')!
    const dressCard = page.locator('.product-card', { hasText: dress.title })
    await page.locator('.product-card').first().waitFor({ timeout: 15_000 })
    await scrollUntilRendered(page, dressCard)
    await dressCard.click()
    await page.locator('.product__title').waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.product__title').textContent(), dress.title, 'product title')
    const expected = formatFenRange(dress.skus.map((sku) => sku.price))
    expectEqual(await page.locator('.product__price').textContent(), expected, 'product price range')
    await page.waitForTimeout(400) // the page slides in
    await ctx.screenshot(page, 'storefront-product')
  }),

  scenario('the demo store home shows its header and brand hashtags', async (ctx) => {
    const page = await ctx.newPage()
    await page.goto(ctx.baseUrl + '/pages/home/index?storeId=demo')
    await page.locator('.store-header__name').waitFor({ timeout: 15_000 })
    expectEqual(await page.locator('.store-header__name').textContent(), '山野小店', 'store name')
    const tags = await page.locator('.store-header .hashtag-chip').allTextContents()
    expectEqual(tags, ['#小店好物', '#手作'], 'brand hashtags')
    await page.locator('.product-card').first().waitFor()
  }),
]
