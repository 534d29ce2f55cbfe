// The H5 storefront in Chromium against a store of 10,000 products: time from navigation to
// the first product on screen, DOM nodes after scrolling five screens, and the time from a tap
// on 加入购物车 to the cart badge changing. Baselines from the same run: the time to first
// paint of the bare page shell, and how many products the five screens loaded.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startServer } from '../cloud/server'
import { BULK_STORE_ID } from '../cloud/seed/bulk-store'
import { launchBrowser, newMobilePage } from '../tests/e2e/browser'
import { percentile, type BenchRow } from './types'

const root = path.resolve(__dirname, '..')
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000)

export async function benchH5Home(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xd-bench-'))
  const server = await startServer({
    port: 0, host: '127.0.0.1', dataDir, production: false, webRoot: path.join(root, 'dist-h5'), seed: true, seedProducts: PRODUCTS,
  })
  const browser = await launchBrowser()
  try {
    const page = await newMobilePage(browser, server.url)
    // Records when the first product card is laid out on screen, from inside the page.
    await page.addInitScript(() => {
      const w = window as unknown as { __firstProduct?: number }
      new MutationObserver((_m, observer) => {
        const card = document.querySelector('.product-card')
        if (card && card.getBoundingClientRect().height > 0) {
          w.__firstProduct = performance.now()
          observer.disconnect()
        }
      }).observe(document, { childList: true, subtree: true })
    })
    const firstVisible: number[] = []
    const firstPaint: number[] = []
    for (let i = 0; i < 3; i++) {
      await page.goto(`${server.url}/pages/home/index?storeId=${BULK_STORE_ID}`)
      await page.waitForFunction(() => (window as unknown as { __firstProduct?: number }).__firstProduct !== undefined, null, { timeout: 20_000 })
      firstVisible.push(await page.evaluate(() => (window as unknown as { __firstProduct: number }).__firstProduct))
      firstPaint.push(await page.evaluate(() => performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN))
    }

    // Five screens down, letting each page of products arrive.
    for (let screen = 0; screen < 5; screen++) {
      // Taro's H5 pages scroll inside their own container, so scroll as a finger would.
      await page.mouse.move(187, 400)
      await page.mouse.wheel(0, 812)
      await page.waitForTimeout(400)
      await page.waitForFunction(() => !document.body.innerText.includes('加载中'), null, { timeout: 10_000 })
    }
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length)
    // Rows have one fixed height, so the grid's height says how many were loaded in all.
    const rows = await page.evaluate(() => {
      const grid = document.querySelector('.windowed-grid') as HTMLElement
      const row = document.querySelector('.windowed-grid .product-row') as HTMLElement
      return { rendered: grid.querySelectorAll('.product-row').length, loaded: Math.round(grid.offsetHeight / row.offsetHeight) }
    })

    // Tap 加入购物车 on a product with one SKU in stock and time the badge.
    const product = await (await fetch(`${server.url}/fn/catalog`, {
      method: 'POST', body: JSON.stringify({ action: 'search', data: { q: '有机小米' } }),
    })).json()
    await page.goto(`${server.url}/pages/product/index?id=${product.data.items[0].id}`)
    await page.locator('.product__cart-button').waitFor()
    const taps: number[] = []
    for (let i = 1; i <= 5; i++) {
      taps.push(await page.evaluate(async (expected) => {
        const started = performance.now()
        ;(document.querySelector('.product__cart-button') as HTMLElement).click()
        while (document.querySelector('.product__cart-badge')?.textContent !== String(expected)) {
          await new Promise((resolve) => requestAnimationFrame(resolve))
        }
        return performance.now() - started
      }, i))
    }

    const visible = percentile(firstVisible, 50)
    const tap = percentile(taps, 95)
    return [
      {
        name: `H5 home (${PRODUCTS} products): first product visible after navigation (median of 3)`,
        value: Math.round(visible), unit: 'ms', budget: '≤ 1500 ms', pass: visible <= 1500,
        baseline: `first paint of the page shell ${Math.round(percentile(firstPaint, 50))} ms`,
      },
      {
        name: 'H5 home: DOM nodes after scrolling 5 screens',
        value: nodes, unit: 'nodes', budget: '≤ 1500', pass: nodes <= 1500,
        baseline: `${rows.rendered} of ${rows.loaded} loaded rows rendered (${rows.loaded * 2} products)`,
      },
      {
        name: 'tap 加入购物车 → cart badge updated (p95 of 5 taps)',
        value: Math.round(tap * 10) / 10, unit: 'ms', budget: '≤ 100 ms', pass: tap <= 100,
      },
    ]
  } finally {
    await browser.close()
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (require.main === module) {
  benchH5Home().then((rows) => console.table(rows), (error) => {
    console.error(error)
    process.exit(1)
  })
}
