// Browser E2E: builds the H5 storefront (unless E2E_SKIP_BUILD=1), starts the local cloud on a
// fresh PGlite database, and drives Chromium through every scenario in tests/e2e/*.e2e.ts.
// Writes .test-results/e2e.json; exits non-zero when a scenario fails.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startServer } from '../../cloud/server'
import { launchBrowser, newMobilePage, screenshot } from './browser'
import { isCspViolation, type E2EContext, type Scenario } from './harness'

const root = path.resolve(__dirname, '../..')

async function loadScenarios(filter?: string): Promise<Scenario[]> {
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.e2e.ts')).sort()
  const all: Scenario[] = []
  for (const file of files) all.push(...((await import(path.join(__dirname, file))).default as Scenario[]))
  return filter ? all.filter((s) => s.name.includes(filter)) : all
}

async function main(): Promise<number> {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const build = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
    if (build.status !== 0) throw new Error('H5 build failed')
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xd-e2e-'))
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: undefined,
    production: false,
    webRoot: path.join(root, 'dist-h5'),
    seed: true,
    seedProducts: 0,
  })
  const browser = await launchBrowser()
  // Every journey runs under the server's CSP; anything it blocks is a failure of the scenario.
  const cspViolations: string[] = []
  const ctx: E2EContext = {
    baseUrl: server.url,
    browser,
    async newPage(options = {}) {
      const page = await newMobilePage(browser, server.url, { userAgent: options.userAgent })
      page.on('console', (message) => {
        if (isCspViolation(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`)
      })
      if (options.openid) {
        // As the identity picker would: the session store persists through Taro storage,
        // which on H5 keeps { data } in localStorage.
        await page.addInitScript((openid) => {
          const state = JSON.stringify({ state: { devOpenid: openid }, version: 1 })
          localStorage.setItem('xiaodian.session', JSON.stringify({ data: state }))
        }, options.openid)
      }
      return page
    },
    async api(fn, action, data = {}, openid) {
      const res = await fetch(`${server.url}/fn/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
        body: JSON.stringify({ action, data }),
      })
      const body = await res.json()
      if (!body.ok) throw new Error(`${fn}.${action} → ${JSON.stringify(body.error)}`)
      return body.data
    },
    screenshot,
  }

  const scenarios = await loadScenarios(process.argv[2])
  const results: Array<{ name: string; ok: boolean; ms: number; error?: string }> = []
  for (const s of scenarios) {
    const started = Date.now()
    cspViolations.length = 0
    try {
      await s.run(ctx)
      if (cspViolations.length > 0) throw new Error(`blocked by the Content-Security-Policy:\n${cspViolations.join('\n')}`)
      results.push({ name: s.name, ok: true, ms: Date.now() - started })
      console.log(`  ✓ ${s.name} (${Date.now() - started} ms)`)
    } catch (error) {
      let message = error instanceof Error ? error.message : String(error)
      if (cspViolations.length > 0 && !message.includes('Content-Security-Policy')) {
        message += `\n(blocked by the Content-Security-Policy meanwhile:\n${cspViolations.join('\n')})`
      }
      results.push({ name: s.name, ok: false, ms: Date.now() - started, error: message })
      console.log(`  ✗ ${s.name}\n      ${message.split('\n').join('\n      ')}`)
      for (const context of browser.contexts()) {
        for (const page of context.pages()) await screenshot(page, `failed-${results.length}`).catch(() => undefined)
      }
    } finally {
      for (const context of browser.contexts()) await context.close().catch(() => undefined)
    }
  }
  await browser.close()
  await server.close()
  rmSync(dataDir, { recursive: true, force: true })

  const passed = results.filter((r) => r.ok).length
  const failed = results.length - passed
  mkdirSync(path.join(root, '.test-results'), { recursive: true })
  writeFileSync(path.join(root, '.test-results/e2e.json'), JSON.stringify({ passed, failed, failures: results.filter((r) => !r.ok).map((r) => r.name), results }, null, 2))
  console.log(`e2e: ${passed} passed, ${failed} failed`)
  return failed === 0 && results.length > 0 ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('[e2e] could not run:', error)
    process.exit(1)
  },
)
