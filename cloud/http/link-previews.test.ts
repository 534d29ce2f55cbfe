import { createHash } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { callOk, DATABASE_KIND } from '../../tests/support/test-db'
import { INLINE_SCRIPT, rawRequest, startWebApp, type WebApp } from '../../tests/support/web-app'
import type { Database } from '../db/client'
import { jielongs, mediaChecks, posts, products, stores } from '../db/schema'
import { DEMO_MERCHANT_OPENID, DEMO_STORE_ID } from '../seed/demo-store'

// The built page as Taro writes it: a title, the rem-sizing inline script, deferred bundles.
const PAGE =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="description" content="小店：微信小程序店铺">' +
  `<title>小店</title><script>${INLINE_SCRIPT}</script><script defer="defer" src="/js/app.1234abcd.js"></script></head><body><div id="app"></div></body></html>`
const PUBLIC_URL = 'https://shop.example.com'
const HOSTILE = `<script>alert("x")</script> & 'quoted' 小米`

/** A page fetched as a crawler does: no JavaScript, the HTML as sent. */
async function crawl(base: string, target: string): Promise<{ status: number; csp: string; html: string }> {
  const page = await rawRequest(base, target, { 'user-agent': 'facebookexternalhit/1.1' })
  return { status: page.status, csp: String(page.headers['content-security-policy']), html: page.body.toString('utf8') }
}

/** The Open Graph and description tags of a page, values unescaped as a crawler reads them. */
function metaOf(html: string): Record<string, string> {
  const unescape = (text: string) =>
    text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
  const found: Record<string, string> = {}
  for (const [, key, value] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)) found[key] = unescape(value)
  const title = /<title>([^<]*)<\/title>/.exec(html)
  if (title) found.title = unescape(title[1])
  return found
}

describe(`link previews of storefront pages (${DATABASE_KIND})`, () => {
  let app: WebApp
  let database: Database
  let base: string
  let productId: string

  beforeAll(async () => {
    app = await startWebApp({ 'index.html': PAGE }, { publicUrl: () => PUBLIC_URL })
    ;({ database, base } = app)
    const [product] = await database.db.select().from(products).where(eq(products.storeId, DEMO_STORE_ID)).limit(1)
    productId = product.id
    await database.db
      .update(products)
      .set({ title: HOSTILE, description: '手工烧制，"限量" <b>20</b> 件', images: ['/files/demo/risky-1.svg', '/files/demo/mug-1.svg', 'https://img.example.com/mug.jpg'] })
      .where(eq(products.id, productId))
    // The first photo was ruled risky: the card must never show it.
    await database.db.insert(mediaChecks).values({ image: '/files/demo/risky-1.svg', traceId: 'trace-risky', openid: 'demo-merchant', scene: 1, suggest: 'risky' })
    await database.db.insert(posts).values({
      id: 'post-preview', storeId: DEMO_STORE_ID, kind: 'article', title: '新品上架', body: '春天的第一批茶到了，欢迎品尝。', images: ['https://img.example.com/tea.jpg'],
    })
    await database.db.insert(posts).values({ id: 'post-deleted', storeId: DEMO_STORE_ID, kind: 'article', title: '已删除', deletedAt: new Date() })
    await database.db.insert(jielongs).values({
      id: 'jl-preview', storeId: DEMO_STORE_ID, title: '周五团购', intro: '周五下午三点前截单', items: [], endAt: new Date(Date.now() + 86_400_000), delivery: 'pickup',
    })
  })
  afterAll(() => app.close())

  it('writes a product page with its title and image in Open Graph tags, markup in the title escaped', async () => {
    const page = await crawl(base, `/pages/product/index?id=${productId}`)
    expect(page.status).toBe(200)
    const meta = metaOf(page.html)
    expect(meta['og:title']).toBe(`${HOSTILE} - 山野小店`)
    expect(meta.title).toBe(`${HOSTILE} - 山野小店`)
    // The skipped risky photo: the first one a shopper may see, as an absolute URL.
    expect(meta['og:image']).toBe(`${PUBLIC_URL}/files/demo/mug-1.svg`)
    expect(meta['og:url']).toBe(`${PUBLIC_URL}/pages/product/index?id=${productId}`)
    expect(meta['og:type']).toBe('product')
    expect(meta['og:description']).toMatch(/^¥\d+\.\d\d.* · 手工烧制，"限量" <b>20<\/b> 件$/)
    expect(meta.description).toBe(meta['og:description'])
    // Escaped: the only scripts in the page are the build's own two, and one description tag.
    expect(page.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;')
    expect(page.html.match(/<script/g)).toHaveLength(2)
    expect(page.html.match(/name="description"/g)).toHaveLength(1)
    expect(page.html).not.toContain('<title>小店</title>')
  })

  it('keeps the page policy: the inline script is untouched and its hash still allowed', async () => {
    const page = await crawl(base, `/pages/product/index?id=${productId}`)
    const hash = `'sha256-${createHash('sha256').update(INLINE_SCRIPT).digest('base64')}'`
    expect(page.html).toContain(`<script>${INLINE_SCRIPT}</script>`)
    expect(page.csp).toContain(`script-src 'self' ${hash};`)
    expect(page.csp).not.toMatch(/script-src[^;]*unsafe/)
  })

  it('previews a store, a post and a 接龙 from one row each', async () => {
    const store = metaOf((await crawl(base, `/pages/home/index?storeId=${DEMO_STORE_ID}`)).html)
    const [demo] = await database.db.select().from(stores).where(eq(stores.id, DEMO_STORE_ID))
    expect(store.title).toBe('山野小店')
    expect(store['og:description']).toBe(demo.intro || '山野小店：微信小店，逛逛店里的好物')

    const post = metaOf((await crawl(base, '/packages/post/pages/detail/index?postId=post-preview&storeId=demo')).html)
    expect(post).toMatchObject({ title: '新品上架 - 山野小店', 'og:type': 'article', 'og:image': 'https://img.example.com/tea.jpg', 'og:description': '春天的第一批茶到了，欢迎品尝。' })

    const jielong = metaOf((await crawl(base, '/packages/jielong/pages/detail/index?id=jl-preview')).html)
    expect(jielong).toMatchObject({ title: '接龙：周五团购 - 山野小店', 'og:description': '周五下午三点前截单' })
  })

  it('previews the web landing page of a Weibo link with what the link opens', async () => {
    const link = await callOk(database, 'entry', 'createLink', { storeId: DEMO_STORE_ID, productId, channel: 'weibo' }, { openid: DEMO_MERCHANT_OPENID })
    const landing = metaOf((await crawl(base, new URL(link.landingUrl!).pathname + new URL(link.landingUrl!).search)).html)
    expect(landing).toMatchObject({ 'og:title': `${HOSTILE} - 山野小店`, 'og:image': `${PUBLIC_URL}/files/demo/mug-1.svg` })
    const store = await callOk(database, 'entry', 'createLink', { storeId: DEMO_STORE_ID, channel: 'web' }, { openid: DEMO_MERCHANT_OPENID })
    expect(metaOf((await crawl(base, new URL(store.landingUrl!).pathname + new URL(store.landingUrl!).search)).html).title).toBe('山野小店')
  })

  it('serves the plain page for unknown ids, deleted posts, products off the shelf and other pages', async () => {
    await database.db.update(products).set({ status: 'off_shelf' }).where(eq(products.id, productId))
    try {
      for (const target of [
        '/pages/product/index?id=nosuchproduct',
        `/pages/product/index?id=${productId}`,
        '/pages/product/index?id=%3Cscript%3E',
        '/pages/home/index?storeId=nosuchstore',
        '/packages/post/pages/detail/index?postId=post-deleted',
        '/packages/jielong/pages/detail/index?id=nosuch',
        '/packages/entry/pages/landing/index?c=nosuchlink',
        '/pages/cart/index',
        '/',
      ]) {
        const page = await crawl(base, target)
        expect([target, page.status, page.html]).toEqual([target, 200, PAGE])
      }
    } finally {
      await database.db.update(products).set({ status: 'on_sale' }).where(eq(products.id, productId))
    }
  })
})
