// `npm start`: builds the H5 storefront when its sources changed since the last build, then
// starts the local cloud (PGlite in .data/, demo store seeded on first start) serving both
// the API and the storefront on one port, and prints the URL.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { closeOnSignals, configFromEnv, startServer } from '../cloud/server'

const root = path.resolve(__dirname, '..')
const builtPage = path.join(root, 'dist-h5', 'index.html')

function newestChange(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestChange(file) : statSync(file).mtimeMs)
  }
  return newest
}

function needsBuild(): boolean {
  if (!existsSync(builtPage)) return true
  const built = statSync(builtPage).mtimeMs
  const sources = [path.join(root, 'src'), path.join(root, 'config')].map(newestChange)
  return Math.max(...sources, statSync(path.join(root, 'package.json')).mtimeMs) > built
}

/**
 * Runs the H5 build quietly: webpack's progress bars and Taro's empty 编译警告 mean nothing to a
 * newcomer, so the console shows the seconds elapsed instead, and the full log goes to a file
 * whose tail is printed if the build fails.
 */
async function buildH5(): Promise<void> {
  const started = Date.now()
  const seconds = () => Math.round((Date.now() - started) / 1000)
  const logFile = path.join(root, '.data', 'h5-build.log')
  mkdirSync(path.dirname(logFile), { recursive: true })
  const output: Buffer[] = []
  const build = spawn('npx', ['taro', 'build', '--type', 'h5'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  build.stdout.on('data', (chunk: Buffer) => output.push(chunk))
  build.stderr.on('data', (chunk: Buffer) => output.push(chunk))
  const live = process.stdout.isTTY
  const ticker = setInterval(() => {
    if (live) process.stdout.write(`\r[start] building the H5 storefront… ${seconds()} s`)
    else if (seconds() % 15 === 0) console.log(`[start] still building… ${seconds()} s`)
  }, 1000)
  const status = await new Promise<number | null>((resolve) => build.on('close', resolve))
  clearInterval(ticker)
  if (live) process.stdout.write('\n')
  writeFileSync(logFile, Buffer.concat(output))
  if (status !== 0) {
    const tail = Buffer.concat(output).toString('utf8').split('\n').slice(-30).join('\n')
    console.error(`${tail}\n[start] the H5 build failed after ${seconds()} s; the whole log is in .data/h5-build.log`)
    process.exit(1)
  }
  console.log(`[start] H5 storefront built in ${seconds()} s (log: .data/h5-build.log)`)
}

async function main(): Promise<void> {
  if (needsBuild()) {
    console.log('[start] building the H5 storefront (about a minute on a 2-core machine; only when sources changed)…')
    await buildH5()
  }
  const server = await startServer(configFromEnv())
  console.log('')
  console.log(`  小店 is running → ${server.url}`)
  console.log(`  demo store       → ${server.url}/pages/home/index?storeId=demo`)
  console.log('  Switch identity (merchant / shopper) on the 我的 tab. Ctrl-C stops; data stays in .data/.')
  console.log('')
  closeOnSignals(server.close)
}

main().catch((error) => {
  console.error('[start] failed:', error)
  process.exit(1)
})
