// `npm run size`: package sizes against the budgets of DESIGN.md section 6.
//  - weapp: main package and each subpackage of dist/ (built first when missing);
//  - H5: gzip bytes of every script the home page loads before its first product shows,
//    measured by loading it in Chromium from the local cloud.
// Prints a table, writes .test-results/size.json, exits 1 when a budget is exceeded.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { startServer } from '../cloud/server'
import { launchBrowser, newMobilePage } from '../tests/e2e/browser'

const root = path.resolve(__dirname, '..')
const KB = 1024

export interface SizeRow {
  what: string
  bytes: number
  budget: number | null
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(file) : [file]
  })
}

function build(type: 'weapp' | 'h5', marker: string): void {
  if (existsSync(marker) && process.env.SIZE_REBUILD !== '1') return
  const result = spawnSync('npx', ['taro', 'build', '--type', type], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) throw new Error(`${type} build failed`)
}

export function weappSizes(): SizeRow[] {
  const dist = path.join(root, 'dist')
  build('weapp', path.join(dist, 'app.json'))
  const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8')) as { subPackages?: Array<{ root: string }> }
  const roots = (app.subPackages ?? []).map((p) => p.root.replace(/\/$/, ''))
  const sizes = new Map<string, number>([['main', 0], ...roots.map((r) => [r, 0] as [string, number])])
  // project.config.json and source maps are not uploaded with the package.
  for (const file of filesUnder(dist)) {
    const rel = path.relative(dist, file).split(path.sep).join('/')
    if (rel === 'project.config.json' || rel.endsWith('.map') || rel.endsWith('.LICENSE.txt')) continue
    const owner = roots.find((r) => rel.startsWith(r + '/')) ?? 'main'
    sizes.set(owner, (sizes.get(owner) ?? 0) + statSync(file).size)
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0)
  return [
    { what: 'weapp main package', bytes: sizes.get('main')!, budget: 450 * KB },
    ...roots.map((r) => ({ what: `weapp subpackage ${r}`, bytes: sizes.get(r)!, budget: 2048 * KB })),
    { what: 'weapp total', bytes: total, budget: 30 * 1024 * KB },
  ]
}

export async function h5FirstLoad(): Promise<SizeRow> {
  build('h5', path.join(root, 'dist-h5', 'index.html'))
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xd-size-'))
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, production: false, webRoot: path.join(root, 'dist-h5'), seed: true, seedProducts: 0 })
  const browser = await launchBrowser()
  try {
    const page = await newMobilePage(browser, server.url)
    const scripts = new Set<string>()
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname)
    })
    await page.goto(server.url + '/')
    await page.locator('.product-card').first().waitFor({ timeout: 20_000 })
    let bytes = 0
    for (const script of scripts) bytes += gzipSync(readFileSync(path.join(root, 'dist-h5', script))).length
    return { what: `H5 first load of home, gzip JS (${scripts.size} files)`, bytes, budget: 160 * KB }
  } finally {
    await browser.close()
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

export function formatRows(rows: SizeRow[]): string {
  const lines = ['| what | size | budget | result |', '|---|---:|---:|---|']
  for (const row of rows) {
    const ok = row.budget === null || row.bytes <= row.budget
    const budget = row.budget === null ? '—' : `${(row.budget / KB).toFixed(0)} KB`
    lines.push(`| ${row.what} | ${(row.bytes / KB).toFixed(1)} KB | ${budget} | ${ok ? 'pass' : 'FAIL'} |`)
  }
  return lines.join('\n')
}

export async function measureSizes(): Promise<SizeRow[]> {
  return [...weappSizes(), await h5FirstLoad()]
}

if (require.main === module) {
  measureSizes()
    .then((rows) => {
      console.log(formatRows(rows))
      mkdirSync(path.join(root, '.test-results'), { recursive: true })
      writeFileSync(path.join(root, '.test-results/size.json'), JSON.stringify(rows, null, 2))
      process.exit(rows.every((r) => r.budget === null || r.bytes <= r.budget) ? 0 : 1)
    })
    .catch((error) => {
      console.error('[size] failed:', error)
      process.exit(1)
    })
}
