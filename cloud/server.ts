// `npm run cloud`: the local cloud. Reads PORT, DATABASE_URL, DATA_DIR and NODE_ENV
// (DESIGN.md section 3), migrates, seeds the demo store on first start, and serves.
// In production it logs shoppers in through code2Session with WECHAT_APPID / WECHAT_SECRET and
// refuses to start without them, unless WECHAT_TWIN=1 (tests only) lets the local twin stand in.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { platformCtx } from './context'
import { openDatabase } from './db/client'
import { dispatch } from './dispatch'
import { registry } from './functions'
import { createHttpApp } from './http/app'
import { createNodeServer } from './http/node-server'
import { startLocalTimers } from './http/local-timers'
import { localPlatform } from './platform/local'
import { BULK_STORE_ID, seedBulkStore, type SeedPhases } from './seed/bulk-store'
import { localEntryRoutes } from './platform/local/entry-links'
import type { Platform } from './platform/platform'
import { productionLogin } from './platform/production-login'
import { wechatCredentialsFromEnv, wechatLogin, type WechatCredentials } from './platform/wechat/login'
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
  /** Run the timer function's actions every minute, as WeChat's trigger would (default on). */
  timers?: boolean
  /** The Mini Program's appid and secret for code2Session; without them the local twin logs in. */
  wechat?: WechatCredentials | null
  /** TRUST_PROXY=1: the server sits behind a reverse proxy whose X-Forwarded-For names the client. */
  trustProxy?: boolean
  /** WECHAT_TWIN=1: production mode with the login twin (`dev:<openid>` codes), for tests only. */
  wechatTwin?: boolean
}

/** Production needs real WeChat login, unless a test explicitly asks for the twin. */
function checkLoginConfig(config: Pick<ServerConfig, 'production' | 'wechat' | 'wechatTwin'>): void {
  if (config.production && !config.wechat && !config.wechatTwin) {
    throw new Error('production mode needs WECHAT_APPID and WECHAT_SECRET for WeChat login (or WECHAT_TWIN=1 in tests)')
  }
}

export function configFromEnv(env: Record<string, string | undefined> = process.env): ServerConfig {
  const root = path.resolve(__dirname, '..')
  const webRoot = env.WEB_ROOT ?? path.join(root, 'dist-h5')
  const config: ServerConfig = {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    production: env.NODE_ENV === 'production',
    webRoot: existsSync(path.join(webRoot, 'index.html')) ? webRoot : null,
    seed: env.SEED !== '0',
    seedProducts: Math.max(0, Math.min(100_000, Number(env.SEED_PRODUCTS ?? 0) || 0)),
    timers: env.LOCAL_TIMERS !== '0',
    wechat: wechatCredentialsFromEnv(env),
    wechatTwin: env.WECHAT_TWIN === '1',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  }
  checkLoginConfig(config)
  return config
}

export async function startServer(config: ServerConfig) {
  const started = Date.now()
  checkLoginConfig(config)
  const database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: path.join(config.dataDir, 'pglite') },
  )
  if (config.seed && (await seedDemoStore(database.db))) console.log('[cloud] seeded the demo store (山野小店)')
  const seedPhases: SeedPhases = []
  if (config.seedProducts > 0 && (await seedBulkStore(database.db, config.seedProducts, seedPhases))) {
    const took = seedPhases.map(({ phase, ms }) => `${phase} ${(ms / 1000).toFixed(1)} s`).join(', ')
    console.log(`[cloud] seeded 万物小铺 with ${config.seedProducts} products (storeId=${BULK_STORE_ID}): ${took}`)
  }
  // Links and codes the local twins hand out point here; the port is known once listening.
  let publicUrl = process.env.PUBLIC_URL?.replace(/\/+$/, '') ?? ''
  const publicUrlOf = () => publicUrl
  // Every capability is the local twin, but login goes to WeChat when credentials are set.
  // Media verdicts come a moment after the check, like WeChat's message push (which takes up to 30 min).
  const local = localPlatform({ publicUrl: publicUrlOf, mediaAutoDeliverMs: 1000, dataDir: config.dataDir })
  const platform: Platform = { ...local, login: productionLogin(config.wechat ? wechatLogin(config.wechat) : local.login, config) }
  local.media.receive(async (event) => {
    const ctx = platformCtx({ db: database.db, platform, production: config.production })
    const answer = await dispatch(registry, 'timer', { action: 'mediaCheckResult', data: event }, ctx)
    if (!answer.body.ok) throw new Error(answer.body.error.message)
  })
  const handle = createHttpApp({
    db: database.db,
    registry,
    platform,
    production: config.production,
    trustProxy: config.trustProxy ?? false,
    webRoot: config.webRoot,
    uploadsDir: path.join(config.dataDir, 'uploads'),
    routes: [localEntryRoutes({ publicUrl: publicUrlOf }), local.files.serve],
    publicUrl: publicUrlOf,
  })
  const timers = config.timers === false ? null : startLocalTimers({ db: database.db, registry, platform, production: config.production })
  const server = createNodeServer(handle)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, resolve)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`
  publicUrl ||= url
  const where = database.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${path.join(config.dataDir, 'pglite')}`
  const login = config.wechat ? 'WeChat code2Session' : 'login twin (dev:<openid>)'
  console.log(`[cloud] ${config.production ? 'production' : 'development'} mode, ${where}, ${login}, ready in ${Date.now() - started} ms`)
  console.log(`[cloud] listening on ${url}${config.webRoot ? ' (H5 storefront at /)' : ' (API only: no H5 build found)'}`)

  async function close(): Promise<void> {
    await timers?.stop()
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
