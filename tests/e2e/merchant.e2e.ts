// The merchant journey, in Chromium on a fresh database: a new user opens a store
// in three steps, adds a product with two specs and a hashtag, and another identity sees it
// on the store home. The rest of the journey (buy, ship, review, delete the review) needs the
// order feature: it runs as soon as the order function and merchant.listOrders / ship exist,
// driving the cloud by its contract where the order pages are not ours.
import { deflateSync } from 'node:zlib'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { expectEqual, expectTrue, fieldSelector, scenario, type E2EContext } from './harness'

const STORE_NAME = '青禾手作'
const PRODUCT_TITLE = '亚麻短袖衬衫'

/** A small solid-colour PNG to upload as the product photo. */
function pngFile(): string {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), body.length + 4)
    return out
  }
  const size = 48
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, Buffer.from([90, 140, 200]))])
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ])
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'xd-e2e-photo-')), 'shirt.png')
  writeFileSync(file, png)
  return file
}

async function fill(page: Page, selector: string, value: string) {
  await page.locator(fieldSelector(selector)).first().fill(value)
}

/** Opens a store through the three steps; returns its id from the page it ends on. */
async function openStoreThroughTheSteps(ctx: E2EContext, owner: string): Promise<{ page: Page; storeId: string }> {
  const page = await ctx.newPage({ openid: owner })
  await page.goto(ctx.baseUrl + '/packages/merchant/pages/index/index')
  await page.getByText('立即开店').click()
  await page.locator('.open-store__next').click()
  await page.locator('.field__error', { hasText: '请填写店铺名称' }).waitFor()
  await fill(page, '.store-fields__name', STORE_NAME)
  await page.locator('.open-store__next').click()
  await fill(page, '.store-fields__intro', '手工布包与亚麻衣物')
  await page.locator('.choice-chip', { hasText: '服饰鞋包' }).click()
  await page.locator('.open-store__next').click()
  await fill(page, '.hashtag-editor__input', '#手作')
  await page.locator('.hashtag-editor__button').click()
  await fill(page, '.store-fields__pickup', '杭州市西湖区文三路 1 号')
  await ctx.screenshot(page, 'merchant-open-store-step3')
  await page.locator('.open-store__submit').click()
  await page.waitForURL(/store-ready\/index\?storeId=/, { timeout: 15_000, waitUntil: 'commit' })
  const storeId = new URL(page.url()).searchParams.get('storeId') ?? ''
  await page.locator('.store-card__name', { hasText: STORE_NAME }).waitFor()
  // The QR code comes from the entry feature: either its image or the "coming" placeholder.
  await page.locator('.qr-panel__image, .qr-panel__placeholder-text:not(:has-text("正在生成"))').first().waitFor({ timeout: 15_000 })
  expectTrue(await page.locator('.store-ready__share').isVisible(), 'the new store offers a share button')
  await ctx.screenshot(page, 'merchant-store-ready')
  return { page, storeId }
}

async function addProductWithTwoSpecs(ctx: E2EContext, page: Page, storeId: string): Promise<void> {
  await page.locator('.store-ready__add-product').click()
  await page.locator('.product-edit__save').waitFor()
  // Saving an empty form shows the problems beside their fields, in Chinese.
  await page.locator('.product-edit__save').click()
  await page.locator('.field__error', { hasText: '请填写商品名称' }).waitFor()
  expectTrue(await page.locator('.field__error', { hasText: '上架商品至少需要 1 张图片' }).isVisible(), 'photo error beside the photos')

  const chooser = page.waitForEvent('filechooser')
  await page.locator('.image-picker__add').click()
  await page.getByText('从相册选择').click()
  await (await chooser).setFiles(pngFile())
  await page.locator('.image-picker__image').waitFor({ timeout: 15_000 })

  await fill(page, '.product-edit__title', PRODUCT_TITLE)
  await fill(page, '.product-edit__description', '透气亚麻，夏天穿刚好')
  for (const [name, values] of [
    ['颜色', ['燕麦', '雾蓝']],
    ['尺码', ['M', 'L']],
  ] as const) {
    await page.locator('.spec-editor__add').click()
    const dim = page.locator('.spec-editor__dim').last()
    await dim.locator(fieldSelector('.spec-editor__name')).first().fill(name)
    for (const value of values) {
      await dim.locator(fieldSelector('.spec-editor__value-input')).first().fill(value)
      await dim.locator('.spec-editor__add-value').click()
    }
  }
  expectEqual(await page.locator('.sku-table__item').count(), 4, 'one SKU row per combination')
  await page.locator('.sku-table__batch').locator(fieldSelector('.sku-table__price')).first().fill('129')
  await page.locator('.sku-table__batch').locator(fieldSelector('.sku-table__stock')).first().fill('20')
  await page.locator('.sku-table__apply').click()
  await page.locator('.sku-table__item').nth(3).locator(fieldSelector('.sku-table__price')).first().fill('139.5')

  // A sixth hashtag is refused beside the field; five are kept.
  for (const tag of ['夏日穿搭', '亚麻', '手作', '通勤', '简约']) {
    await fill(page, '.hashtag-editor__input', tag)
    await page.locator('.hashtag-editor__button').click()
  }
  await fill(page, '.hashtag-editor__input', '第六个')
  await page.locator('.hashtag-editor__button').click()
  await page.locator('.field__error', { hasText: '话题最多 5 个，当前 6 个' }).waitFor()
  await page.locator('.hashtag-editor__chip', { hasText: '简约' }).locator('.hashtag-editor__remove').click()
  await page.locator('.hashtag-editor__chip', { hasText: '通勤' }).locator('.hashtag-editor__remove').click()
  await page.locator('.hashtag-editor__chip', { hasText: '手作' }).locator('.hashtag-editor__remove').click()
  await page.locator('.hashtag-editor__chip', { hasText: '亚麻' }).locator('.hashtag-editor__remove').click()
  await ctx.screenshot(page, 'merchant-product-edit')
  await page.locator('.product-edit__save').click()
  // Saved, the editor goes back to where it was opened from: the new store's page.
  await page.waitForURL(/store-ready\/index/, { timeout: 15_000, waitUntil: 'commit' })
  await page.goto(`${ctx.baseUrl}/packages/merchant/pages/products/index?storeId=${storeId}`)
  await page.locator('.product-row__title', { hasText: PRODUCT_TITLE }).waitFor({ timeout: 15_000 })
  expectEqual(await page.locator('.tabs__tab--on').textContent(), '全部 1', 'the products tab counts it')
  await ctx.screenshot(page, 'merchant-products')
}

export default [
  scenario('a new user opens a store → adds a product with two specs and a hashtag → another identity sees it on the store home', async (ctx) => {
    const owner = `e2e-owner-${Date.now().toString(36)}`
    const { page, storeId } = await openStoreThroughTheSteps(ctx, owner)
    expectTrue(storeId.length > 0, 'the store id is in the URL')
    await addProductWithTwoSpecs(ctx, page, storeId)

    const owned = await ctx.api('merchant', 'listProducts', { storeId }, owner)
    expectEqual(owned.items.length, 1, 'one product in the new store')
    const product = owned.items[0]
    expectEqual(product.status, 'on_sale', 'the product is on sale')
    expectEqual(product.hashtags, ['夏日穿搭'], 'its hashtag, normalised')
    expectEqual(
      product.skus.map((s: any) => [s.specs.颜色, s.specs.尺码, s.price, s.stock]),
      [
        ['燕麦', 'M', 12900, 20],
        ['燕麦', 'L', 12900, 20],
        ['雾蓝', 'M', 12900, 20],
        ['雾蓝', 'L', 13950, 20],
      ],
      'SKUs in fen with their stock',
    )
    expectTrue(/^\/files\/uploads\//.test(product.images[0]), 'the photo is stored by the local cloud')

    const shopper = await ctx.newPage({ openid: 'e2e-shopper' })
    await shopper.goto(`${ctx.baseUrl}/pages/home/index?storeId=${storeId}`)
    await shopper.locator('.store-header__name', { hasText: STORE_NAME }).waitFor({ timeout: 15_000 })
    await shopper.locator('.product-card__title', { hasText: PRODUCT_TITLE }).waitFor({ timeout: 15_000 })
    expectEqual(await shopper.locator('.product-card').count(), 1, 'the shopper sees the one product')
    // The card's image loads lazily: wait until the browser has shown the uploaded photo.
    await shopper.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.product-card__image img')
      return !!img && img.src.includes('/files/uploads/') && img.complete && img.naturalWidth > 0
    }, undefined, { timeout: 15_000 })
    const served = await fetch(new URL(product.images[0], ctx.baseUrl))
    expectEqual(served.headers.get('content-type'), 'image/png', 'the uploaded photo is served')
    await ctx.screenshot(shopper, 'merchant-store-home-as-shopper')
  }),

  scenario('…then the shopper buys, the merchant ships, the shopper reviews, the merchant replies (a review is not deletable) and the shopper sees 商家回复', async (ctx) => {
    const owner = `e2e-owner2-${Date.now().toString(36)}`
    const buyer = `e2e-buyer-${Date.now().toString(36)}`
    const { page, storeId } = await openStoreThroughTheSteps(ctx, owner)
    await addProductWithTwoSpecs(ctx, page, storeId)
    const product = (await ctx.api('merchant', 'listProducts', { storeId }, owner)).items[0]
    const sku = product.skus[0]

    // The shopper buys it (simulated pay), by the contract of DESIGN.md section 3.
    const order = await ctx.api(
      'order',
      'create',
      {
        storeId,
        items: [{ skuId: sku.id, quantity: 1 }],
        delivery: 'express',
        address: { userName: '张三', telNumber: '13800000000', provinceName: '浙江省', cityName: '杭州市', countyName: '西湖区', detailInfo: '文三路 2 号' },
        idempotencyKey: `e2e-${Date.now()}`,
      },
      buyer,
    )
    await ctx.api('payment', 'simulate', { orderId: order.id }, buyer)

    // The merchant sees it waiting to ship (待发货) and ships it.
    const toShip = await ctx.api('merchant', 'listOrders', { storeId, status: 'paid' }, owner)
    expectTrue(toShip.items.some((o: any) => o.id === order.id), 'the paid order is under 待发货')
    await ctx.api('merchant', 'ship', { orderId: order.id, carrier: '顺丰速运', trackingNo: 'SF1234567890' }, owner)
    expectEqual((await ctx.api('order', 'get', { orderId: order.id }, buyer)).status, 'shipped', 'the shopper sees 已发货')
    await ctx.api('order', 'confirmReceipt', { orderId: order.id }, buyer)

    // The shopper reviews it on the review page; it shows on the product page.
    const shopper = await ctx.newPage({ openid: buyer })
    await shopper.goto(`${ctx.baseUrl}/packages/order/pages/review/index?orderId=${order.id}&productId=${product.id}`)
    await shopper.locator(fieldSelector('.review-page__text')).first().fill('质量一般，不太满意')
    await shopper.locator('.review-page__star').nth(1).click()
    await shopper.locator('.review-page__submit').click()
    await shopper.waitForTimeout(1000)
    await shopper.goto(`${ctx.baseUrl}/pages/product/index?id=${product.id}`)
    await shopper.locator('.review-item__text', { hasText: '质量一般，不太满意' }).waitFor({ timeout: 15_000 })

    // The merchant answers it from the comments page: a buyer's review offers 回复 and 举报, never 删除.
    await page.goto(`${ctx.baseUrl}/packages/merchant/pages/comments/index?storeId=${storeId}`)
    const card = page.locator('.comment-card', { hasText: '质量一般，不太满意' })
    await card.waitFor({ timeout: 15_000 })
    expectTrue(await card.locator('.comment-card__kind', { hasText: '买家评价' }).isVisible(), 'the card says it is a buyer’s review')
    expectEqual(await card.locator('.comment-card__delete').count(), 0, 'a buyer’s review has no 删除')
    expectTrue(await card.locator('.comment-card__report', { hasText: '举报' }).isVisible(), 'a buyer’s review can be reported')
    await card.locator('.comment-card__reply-open').click()
    await card.locator(fieldSelector('.comment-card__reply-input')).first().fill('抱歉，已为您补发配件')
    await card.locator('.comment-card__reply-send').click()
    await card.locator('.comment-card__reply', { hasText: '商家回复：抱歉，已为您补发配件' }).waitFor({ timeout: 15_000 })
    await ctx.screenshot(page, 'merchant-review-reply')

    // …and the shopper sees the review with the reply under it.
    await shopper.reload()
    const item = shopper.locator('.review-item', { hasText: '质量一般，不太满意' })
    await item.waitFor({ timeout: 15_000 })
    await item.locator('.review-item__reply', { hasText: '商家回复：抱歉，已为您补发配件' }).waitFor({ timeout: 15_000 })
    await ctx.screenshot(shopper, 'product-review-with-reply')
  }),
  scenario('two people edit one product: the stale save is refused (商品已被修改), nothing is overwritten, and 刷新 loads the other save', async (ctx) => {
    const owner = `e2e-owner3-${Date.now().toString(36)}`
    const store = await ctx.api('merchant', 'openStore', { name: '两人同改' }, owner)
    const images = ['/files/demo/dress-0.svg']
    const created = await ctx.api(
      'merchant',
      'saveProduct',
      { storeId: store.id, title: '原来的标题', images, status: 'on_sale', skus: [{ specs: {}, price: 1000, stock: 10 }] },
      owner,
    )
    const page = await ctx.newPage({ openid: owner })
    await page.goto(`${ctx.baseUrl}/packages/merchant/pages/product-edit/index?storeId=${store.id}&productId=${created.id}`)
    await page.locator(fieldSelector('.product-edit__title')).first().waitFor({ timeout: 15_000 })

    // Meanwhile the same product is saved from another phone.
    const sku = created.skus[0]
    await ctx.api(
      'merchant',
      'saveProduct',
      { storeId: store.id, productId: created.id, version: created.version, title: '另一台手机改的标题', images, skus: [{ id: sku.id, specs: {}, price: 1000, stock: 10, stockBefore: 10 }] },
      owner,
    )
    await fill(page, '.product-edit__title', '这台手机改的标题')
    await page.locator('.product-edit__save').click()
    await page.locator('.taro-model__confirm', { hasText: '刷新' }).waitFor({ timeout: 15_000 })
    expectTrue(await page.getByText('商品已被修改，请刷新后再编辑').first().isVisible(), 'the merchant is told in Chinese')
    await ctx.screenshot(page, 'merchant-product-conflict')
    const kept = await ctx.api('catalog', 'getProduct', { productId: created.id }, owner)
    expectEqual(kept.title, '另一台手机改的标题', 'the stale save changed nothing')

    await page.locator('.taro__modal .taro-model__confirm').click()
    await page.waitForFunction(
      (selector) => (document.querySelector(selector) as HTMLInputElement | null)?.value === '另一台手机改的标题',
      `${fieldSelector('.product-edit__title')}`,
      { timeout: 15_000 },
    )
    // Saved again from the reloaded form, it goes through.
    await fill(page, '.product-edit__title', '刷新后改的标题')
    await page.locator('.product-edit__save').click()
    await page.waitForURL(/products\/index/, { timeout: 15_000, waitUntil: 'commit' })
    expectEqual((await ctx.api('catalog', 'getProduct', { productId: created.id }, owner)).title, '刷新后改的标题', 'the fresh save is kept')
  }),
]
