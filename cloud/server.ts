// `npm run cloud`: the local cloud. Reads PORT, DATABASE_URL, DATA_DIR and NODE_ENV
// (DESIGN.md section 3), migrates, seeds the demo store on first start, and serves.
import { createServer } from 'node:http'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { openDatabase } from './db/client'
import { registry } from './functions'
import { createHttpApp } from './http/app'
import { localPlatform } from './platform/local'
import { BULK_STORE_ID, seedBulkStore } from './seed/bulk-store'
import { seedDemoStore } from './seed/demo-store'

export interface ServerConfig {
  port: number
  host: string
  databaseUrl?: string
  dataDir: string
  production: boolean
  webRoot: string | null
  seed: boolean
  /** SEED_PRODUCTS: also create the 万物小铺 store with this many products (0: none). */
  seedProducts: number
}

export function configFromEnv(env: Record<string, string | undefined> = process.env): ServerConfig {
  const root = path.resolve(__dirname, '..')
  const webRoot = env.WEB_ROOT ?? path.join(root, 'dist-h5')
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    production: env.NODE_ENV === 'production',
    webRoot: existsSync(path.join(webRoot, 'index.html')) ? webRoot : null,
    seed: env.SEED !== '0',
    seedProducts: Math.max(0, Math.min(100_000, Number(env.SEED_PRODUCTS ?? 0) || 0)),
  }
}

export async function startServer(config: ServerConfig) {
  const started = Date.now()
  const database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: path.join(config.dataDir, 'pglite') },
  )
  if (config.seed && (await seedDemoStore(database.db))) console.log('[cloud] seeded the demo store (山野小店)')
  if (config.seedProducts > 0 && (await seedBulkStore(database.db, config.seedProducts))) {
    console.log(`[cloud] seeded 万物小铺 with ${config.seedProducts} products (storeId=${BULK_STORE_ID})`)
  }
  const handle = createHttpApp({
    db: database.db,
    registry,
    platform: localPlatform(),
    production: config.production,
    webRoot: config.webRoot,
  })
  const server = createServer((req, res) => void handle(req, res))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, resolve)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`
  const where = database.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${path.join(config.dataDir, 'pglite')}`
  console.log(`[cloud] ${config.production ? 'production' : 'development'} mode, ${where}, ready in ${Date.now() - started} ms`)
  console.log(`[cloud] listening on ${url}${config.webRoot ? ' (H5 storefront at /)' : ' (API only: no H5 build found)'}`)

  async function close(): Promise<void> {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await database.close()
  }
  return { url, port, server, database, close }
}

/** PGlite writes on close: stop cleanly on Ctrl-C so the next start finds every order. */
export function closeOnSignals(close: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      close().finally(() => process.exit(0))
      setTimeout(() => process.exit(1), 5000).unref()
    })
  }
}

if (require.main === module) {
  startServer(configFromEnv())
    .then(({ close }) => closeOnSignals(close))
    .catch((error) => {
      console.error('[cloud] failed to start:', error)
      process.exit(1)
    })
}
