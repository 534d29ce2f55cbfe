// `npm start`: builds the H5 storefront when its sources changed since the last build, then
// starts the local cloud (PGlite in .data/, demo store seeded on first start) serving both
// the API and the storefront on one port, and prints the URL.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
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

async function main(): Promise<void> {
  if (needsBuild()) {
    console.log('[start] building the H5 storefront (about 10 s)…')
    const build = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
    if (build.status !== 0) {
      console.error('[start] the H5 build failed; run `npm run build:h5` to see why')
      process.exit(1)
    }
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
