// Lighthouse (mobile defaults: a mid-range phone, simulated slow 4G, 4× CPU slowdown) on the
// H5 build served by the local cloud with the demo store: the store home, a product, a topic
// and the web landing page a Weibo link opens. Four scores per page against the budget.
// The performance score depends on the machine's load (the simulation scales the CPU time it
// measures), so each report line carries the load average it was measured under.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startServer } from '../cloud/server'
import { DEMO_MERCHANT_OPENID } from '../cloud/seed/demo-store'
import { resolveChromium } from '../tests/e2e/browser'
import { writeSection } from './report'
import type { BenchRow } from './types'

export const LIGHTHOUSE_SECTION = 'H5 Lighthouse (mobile)'

const root = path.resolve(__dirname, '..')

export const LIGHTHOUSE_BUDGET = { performance: 90, accessibility: 95, 'best-practices': 100, seo: 95 } as const
type Category = keyof typeof LIGHTHOUSE_BUDGET
const CATEGORIES = Object.keys(LIGHTHOUSE_BUDGET) as Category[]

export interface PageScores {
  page: string
  url: string
  scores: Record<Category, number>
  /** Audits that lost points, for the console (what to fix next). */
  failing: string[]
  largestPaintMs: number
  /** Every run's performance score; \`scores\` is the median run's. */
  performanceRuns: number[]
}

/** Runs per page (LIGHTHOUSE_RUNS, default 3); the report is the median run by performance. */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS) || 3)

// Lighthouse and chrome-launcher are ES modules; tsx runs this file as CommonJS.
const importEsm = new Function('name', 'return import(name)') as (name: string) => Promise<any>

async function call(base: string, fn: string, action: string, data: unknown, openid?: string): Promise<any> {
  const res = await fetch(`${base}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
    body: JSON.stringify({ action, data }),
  })
  const body = await res.json()
  if (!body.ok) throw new Error(`${fn}.${action}: ${body.error.code} ${body.error.message}`)
  return body.data
}

/** The four pages, on the demo store. */
async function pagesOf(base: string): Promise<Array<{ page: string; url: string }>> {
  const products = await call(base, 'catalog', 'listProducts', { storeId: 'demo', limit: 1 })
  const product = products.items[0]
  const tag = product.hashtags?.[0] ?? '手作'
  const link = await call(base, 'entry', 'createLink', { storeId: 'demo', productId: product.id, channel: 'weibo' }, DEMO_MERCHANT_OPENID)
  return [
    { page: 'home', url: `${base}/pages/home/index?storeId=demo` },
    { page: 'product', url: `${base}/pages/product/index?id=${product.id}` },
    { page: 'topic', url: `${base}/pages/topic/index?tag=${encodeURIComponent(tag)}` },
    { page: 'landing', url: link.landingUrl },
  ]
}

export async function runLighthouse(): Promise<PageScores[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xd-lighthouse-'))
  const server = await startServer({
    port: 0, host: '127.0.0.1', dataDir, production: false, webRoot: path.join(root, 'dist-h5'), seed: true, seedProducts: 0, timers: false,
  })
  const { default: lighthouse } = await importEsm('lighthouse')
  const chromeLauncher = await importEsm('chrome-launcher')
  const chrome = await chromeLauncher.launch({
    chromePath: (await resolveChromium()).executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  })
  try {
    const results: PageScores[] = []
    // LIGHTHOUSE_PAGES=product,landing: only those pages (while working on one).
    const only = process.env.LIGHTHOUSE_PAGES?.split(',').filter(Boolean)
    for (const { page, url } of (await pagesOf(server.url)).filter((p) => !only || only.includes(p.page))) {
      // One visit first, so the server has read and compressed the build files, as a running server has.
      await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
      // The performance score moves by a few points between runs: each page's run is the median of RUNS.
      const runs: Array<{ report: string; lhr: any }> = []
      for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }))
      const performanceOf = (run: { lhr: any }) => run.lhr.categories.performance?.score ?? 0
      const run = [...runs].sort((a, b) => performanceOf(a) - performanceOf(b))[Math.floor(RUNS / 2)]
      const lhr = run.lhr
      // LIGHTHOUSE_JSON=<folder> keeps each page's full report (the median run), to see which elements an audit names.
      if (process.env.LIGHTHOUSE_JSON) writeFileSync(path.join(process.env.LIGHTHOUSE_JSON, `${page}.json`), run.report)
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>
      const failing = Object.values(lhr.audits as Record<string, { id: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`)
      results.push({ page, url, scores, failing, largestPaintMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN), performanceRuns: runs.map((r) => Math.round(performanceOf(r) * 100)) })
    }
    return results
  } finally {
    await chrome.kill()
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** The bench rows: one per page, its four scores beside the budget. */
export async function benchLighthouse(): Promise<BenchRow[]> {
  const load = os.loadavg()[0]
  const results = await runLighthouse()
  const rows: BenchRow[] = []
  for (const r of results) {
    for (const failing of r.failing) console.log(`  ${r.page}: ${failing}`)
    const pass = CATEGORIES.every((c) => r.scores[c] >= LIGHTHOUSE_BUDGET[c])
    rows.push({
      name: `Lighthouse mobile, ${r.page} (performance / accessibility / best practices / SEO)`,
      value: CATEGORIES.map((c) => r.scores[c]).join(' / ') as unknown as number,
      unit: '',
      budget: '≥ 90 / ≥ 95 / 100 / ≥ 95',
      pass,
      baseline: `median of ${r.performanceRuns.length} (performance ${r.performanceRuns.join(', ')}); largest paint ${(r.largestPaintMs / 1000).toFixed(1)} s; load average ${load.toFixed(1)} on ${os.cpus().length} cores`,
    })
  }
  return rows
}

if (require.main === module) {
  benchLighthouse().then(
    (rows) => {
      for (const row of rows) console.log(`${row.name}: ${row.value} (budget ${row.budget}) ${row.pass ? 'pass' : 'FAIL'} — ${row.baseline}`)
      if (process.env.LIGHTHOUSE_PAGES) return // a partial run does not replace the report's section
      writeSection(LIGHTHOUSE_SECTION, rows, `Measured on ${new Date().toISOString().slice(0, 10)} by \`npx tsx bench/lighthouse.ts\` against the current \`dist-h5/\`.`)
      console.log('→ bench/REPORT.md')
    },
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
