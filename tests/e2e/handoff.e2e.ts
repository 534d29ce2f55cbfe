// The production web storefront (TARO_APP_DEV_IDENTITY=off, server in production mode): a
// visitor browses without identity, and 立即购买 shows the hand-off sheet — the URL Link on a
// Weibo phone, the Mini Program code on a desktop — with no request answered 401 and no login
// error. Runs its own production server on the production build in dist-h5-prod (built here
// once when missing: `TARO_OUTPUT_ROOT=dist-h5-prod TARO_APP_DEV_IDENTITY=off npx taro build --type h5`).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { startServer } from '../../cloud/server'
import { DEMO_STORE_ID } from '../../cloud/seed/demo-store'
import { newMobilePage } from './browser'
import { expectEqual, expectTrue, scenario, type E2EContext } from './harness'

const root = path.resolve(__dirname, '../..')
const WEB_ROOT = path.join(root, 'dist-h5-prod')
const WEIBO_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ' +
  'Weibo (iPhone15,2__weibo__13.9.0__iphone__os17.0)'
const DESKTOP_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36'

function productionBuild(): void {
  if (existsSync(path.join(WEB_ROOT, 'index.html'))) return
  const env = { ...process.env, TARO_APP_DEV_IDENTITY: 'off', TARO_OUTPUT_ROOT: 'dist-h5-prod' }
  const build = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
  if (build.status !== 0) throw new Error('production H5 build failed')
}

/** Every 401 the page receives and every toast or text that speaks of logging in. */
function watch(page: Page): { problems: string[] } {
  const problems: string[] = []
  page.on('response', (res) => {
    if (res.status() === 401) problems.push(`401 from ${res.url()}`)
  })
  return { problems }
}

async function loginErrorShown(page: Page): Promise<boolean> {
  return (await page.locator('text=/登录/').count()) > 0
}

async function buyNow(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.locator('.product__title').waitFor({ timeout: 20_000 })
  const chips = page.locator('.spec-value')
  // Pick the first value of every spec row that is not chosen yet.
  const rows = page.locator('.spec-selector__dim')
  const count = await rows.count()
  for (let i = 0; i < count; i++) {
    const chip = rows.nth(i).locator('.spec-value').first()
    if (!((await chip.getAttribute('class')) ?? '').includes('spec-value--chosen')) await chip.click()
  }
  if (count === 0 && (await chips.count()) > 0) await chips.first().click()
  await page.locator('.product__buy-button').click()
}

async function withProductionServer(ctx: E2EContext, run: (base: string) => Promise<void>): Promise<void> {
  productionBuild()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xd-e2e-prod-'))
  // Production mode; the login twin is configured only because this machine has no WeChat
  // appid — the web build never logs in.
  const server = await startServer({
    port: 0, host: '127.0.0.1', dataDir, production: true, wechatTwin: true, webRoot: WEB_ROOT, seed: true, seedProducts: 0, timers: false,
  })
  try {
    await run(server.url)
  } finally {
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
    void ctx
  }
}

export default [
  scenario('production web: a Weibo visitor picks a spec, taps 立即购买 → the hand-off sheet with the URL Link; a desktop gets the code', async (ctx) => {
    await withProductionServer(ctx, async (base) => {
      const listing = await (await fetch(`${base}/fn/catalog`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'listProducts', data: { storeId: DEMO_STORE_ID, limit: 50 } }) })).json()
      const product = listing.data.items.find((p: any) => p.skus.length > 1) ?? listing.data.items[0]
      const productUrl = `${base}/pages/product/index?id=${product.id}&src=weibo&campaign=spring`

      const phone = await newMobilePage(ctx.browser, base, { userAgent: WEIBO_UA })
      const seen = watch(phone)
      const createHandoff = phone.waitForResponse((res) => res.url().endsWith('/fn/entry') && res.request().postData()?.includes('createHandoff') === true, { timeout: 30_000 })
      await buyNow(phone, productUrl)
      const made = await (await createHandoff).json()
      expectTrue(made.ok, `createHandoff answered ${JSON.stringify(made).slice(0, 200)}`)
      const sent = JSON.parse((await createHandoff).request().postData() ?? '{}').data
      expectEqual(sent.source, 'weibo', 'the hand-off is credited to weibo')
      expectEqual(sent.campaign, 'spring', 'with the campaign')
      expectEqual(sent.lines.length, 1, 'the chosen SKU travels')
      expectTrue(product.skus.some((s: any) => s.id === sent.lines[0].skuId), 'it is a SKU of the product')
      await phone.locator('.handoff-open').waitFor({ timeout: 15_000 })
      expectEqual(await phone.locator('.handoff-open').getAttribute('href'), made.data.url, 'the sheet links the URL Link')
      expectTrue(made.data.url.includes(`cq=${made.data.code}`), 'the link carries the hand-off code')
      expectTrue((await phone.locator('.handoff-code').count()) === 0, 'a phone gets no code image')
      await phone.waitForTimeout(500)
      await ctx.screenshot(phone, 'handoff-weibo-sheet')
      expectTrue(!(await loginErrorShown(phone)), 'no login error is shown')
      expectEqual(seen.problems, [], 'no request was answered 401')

      // Following the link (the local URL Link twin) opens the same product with the code.
      const target = await fetch(made.data.url, { redirect: 'manual' })
      const location = target.headers.get('location') ?? ''
      expectTrue(location.startsWith(`/pages/product/index?id=${product.id}&src=weibo&campaign=spring`), `the link opens the product: ${location}`)
      expectTrue(location.endsWith(`cq=${made.data.code}`), 'with the code')

      const desktop = await ctx.browser.newContext({ baseURL: base, viewport: { width: 1280, height: 800 }, userAgent: DESKTOP_UA, locale: 'zh-CN' })
      const screen = await desktop.newPage()
      const seenDesktop = watch(screen)
      await buyNow(screen, `${base}/pages/product/index?id=${product.id}`)
      await screen.locator('.handoff-code').waitFor({ timeout: 15_000 })
      const loaded = await screen.locator('.handoff-code').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)
      expectTrue(loaded, 'the code image loads')
      await ctx.screenshot(screen, 'handoff-desktop-sheet')
      expectTrue(!(await loginErrorShown(screen)), 'no login error on the desktop')
      expectEqual(seenDesktop.problems, [], 'no 401 on the desktop')
    })
  }),
]
