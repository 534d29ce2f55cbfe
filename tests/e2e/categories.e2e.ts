// Categories and customers: the 分类 tab shows the browsed store's categories beside their
// products; the owner arranges categories in 分类管理 and sees buyers (never their phone) in 客户.
import { expectEqual, expectTrue, fieldSelector, scenario } from './harness'

const OWNER = 'demo-merchant'
const PHONE = '13700001111'

export default [
  scenario('分类 tab: after visiting the demo store, two categories each show their own products, search stays on top', async (ctx) => {
    const page = await ctx.newPage()
    // Without a store browsed yet: search and a hint.
    await page.goto(`${ctx.baseUrl}/pages/search/index`)
    await page.locator('.search__hint').waitFor()
    await page.goto(`${ctx.baseUrl}/pages/home/index?storeId=demo`)
    await page.locator('.product-card').first().waitFor()
    await page.goto(`${ctx.baseUrl}/pages/search/index`)
    await page.locator('.cats__tab').first().waitFor()
    expectTrue(await page.locator(fieldSelector('.search__input')).first().isVisible(), 'search is still at the top')
    const categories = (await ctx.api('catalog', 'listCategories', { storeId: 'demo' })).items as Array<{ id: string; name: string }>
    expectEqual(await page.locator('.cats__tab').allTextContents(), categories.map((c) => c.name), 'the rail lists the categories in order')
    expectTrue(categories.length >= 2, 'the demo store has at least two categories')

    for (const [index, category] of categories.slice(0, 2).entries()) {
      if (index > 0) await page.locator('.cats__tab', { hasText: category.name }).click()
      expectTrue((await page.locator('.cats__tab--on').textContent()) === category.name, `${category.name} is chosen`)
      const expected = (await ctx.api('catalog', 'listProducts', { storeId: 'demo', categoryId: category.id, limit: 50 })).items.map((p: { title: string }) => p.title)
      await page.locator('.cats__grid .product-card__title', { hasText: expected[0] }).waitFor()
      expectEqual((await page.locator('.cats__grid .product-card__title').allTextContents()).sort(), [...expected].sort(), `${category.name} shows its products`)
      await ctx.screenshot(page, `categories-tab-${index + 1}`)
    }
  }),

  scenario('分类管理: the owner adds a category, ticks a product, moves it first and saves', async (ctx) => {
    const page = await ctx.newPage({ openid: OWNER })
    await page.goto(`${ctx.baseUrl}/packages/merchant/pages/categories/index?storeId=demo`)
    await page.locator('.categories__card').first().waitFor()
    const before = (await ctx.api('merchant', 'listCategories', { storeId: 'demo' }, OWNER)).items as Array<{ name: string }>
    await page.locator(fieldSelector('.categories__name')).last().fill('新品')
    await page.locator('.categories__action', { hasText: '添加' }).click()
    await page.locator('.product-ticks__item', { hasText: '手工陶瓷马克杯' }).click()
    for (let i = 0; i < before.length; i++) await page.locator('.categories__card').nth(before.length - i).locator('.categories__action', { hasText: '上移' }).click()
    await ctx.screenshot(page, 'categories-manage')
    await page.locator('.console__button', { hasText: '保存分类' }).click()
    await page.getByText('已保存').waitFor()
    const after = (await ctx.api('merchant', 'listCategories', { storeId: 'demo' }, OWNER)).items as Array<{ name: string; productIds: string[] }>
    expectEqual(after.map((c) => c.name), ['新品', ...before.map((c) => c.name)], 'the new category is first')
    expectEqual(after[0].productIds.length, 1, 'with the ticked product')
    // Put the demo back as it was for the other journeys.
    await ctx.api('merchant', 'saveCategories', { storeId: 'demo', categories: after.slice(1) }, OWNER)
  }),

  scenario('客户: a buyer appears with orders and amount, under 新客 not 回头客, and without a phone number', async (ctx) => {
    const shopper = `cust-e2e-${Date.now()}`
    await ctx.api('auth', 'updateProfile', { nickname: '小鹿' }, shopper)
    const product = (await ctx.api('catalog', 'listProducts', { storeId: 'demo', limit: 1 })).items[0]
    const address = { userName: '陆小鹿', telNumber: PHONE, provinceName: '浙江省', cityName: '杭州市', countyName: '西湖区', detailInfo: '文三路 1 号' }
    const order = await ctx.api(
      'order',
      'create',
      { storeId: 'demo', items: [{ skuId: product.skus.find((s: { stock: number }) => s.stock > 0).id, quantity: 1 }], delivery: 'express', address, idempotencyKey: shopper },
      shopper,
    )
    await ctx.api('payment', 'simulate', { orderId: order.id }, shopper)

    const page = await ctx.newPage({ openid: OWNER })
    await page.goto(`${ctx.baseUrl}/packages/merchant/pages/customers/index?storeId=demo`)
    const row = page.locator('.customers__row', { hasText: '小鹿' })
    await row.waitFor()
    expectTrue((await row.textContent())?.includes('1 单'), 'one order')
    const body = (await page.locator('.customers').textContent()) ?? ''
    expectTrue(!body.includes(PHONE) && !body.includes('文三路'), 'no phone or address on the page')
    await ctx.screenshot(page, 'customers-all')
    await page.locator('.tabs__tab', { hasText: '新客' }).click()
    await page.locator('.customers__row', { hasText: '小鹿' }).waitFor()
    await page.locator('.tabs__tab', { hasText: '回头客' }).click()
    await page.locator('.empty-state').waitFor()
    // Without coupons in this cloud the grant button stays hidden.
    const coupons = await fetch(`${ctx.baseUrl}/fn/merchant`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': OWNER },
      body: JSON.stringify({ action: 'listCoupons', data: { storeId: 'demo' } }),
    }).then((res) => res.json())
    if (!coupons.ok) expectEqual(await page.locator('.customers__check').count(), 0, 'no ticks without coupons')
  }),
]
