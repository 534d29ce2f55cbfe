import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { stores } from './db/schema'
import { configFromEnv, startServer } from './server'

// The local cloud keeps its PGlite data in DATA_DIR: stopping and starting again keeps
// everything, and the demo store is seeded once.
describe('local cloud server on PGlite', () => {
  let dataDir: string
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'xd-server-'))
  })
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  const start = () => startServer({ ...configFromEnv({ DATA_DIR: dataDir, PORT: '0' }), webRoot: null })

  // Two PGlite starts: slow on a busy machine, and a timed-out start would keep jest alive.
  it('keeps data across a restart and seeds the demo store only once', async () => {
    const first = await start()
    const answer = await fetch(`${first.url}/fn/catalog`, { method: 'POST', body: JSON.stringify({ action: 'getStore', data: { storeId: 'demo' } }) })
    expect((await answer.json()).data.name).toBe('山野小店')
    await first.database.db.update(stores).set({ name: '改名后的小店' }).where(eq(stores.id, 'demo'))
    await first.close()

    const second = await start()
    try {
      const again = await fetch(`${second.url}/fn/catalog`, { method: 'POST', body: JSON.stringify({ action: 'getStore', data: { storeId: 'demo' } }) })
      expect((await again.json()).data.name).toBe('改名后的小店')
      const all = await second.database.db.select().from(stores)
      expect(all).toHaveLength(1)
    } finally {
      await second.close()
    }
    // Two PGlite starts: several seconds each when the machine is busy.
  }, 60_000)

  it('reads its settings from the environment', () => {
    const config = configFromEnv({
      PORT: '4321',
      DATA_DIR: '/tmp/x',
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u@h/db',
      WECHAT_APPID: 'wx123',
      WECHAT_SECRET: 's3cret',
    })
    expect(config).toMatchObject({ port: 4321, dataDir: '/tmp/x', production: true, databaseUrl: 'postgres://u@h/db' })
    expect(config.wechat).toEqual({ appid: 'wx123', secret: 's3cret' })
    expect(configFromEnv({}).production).toBe(false)
    expect(configFromEnv({}).port).toBe(3000)
  })

  it('refuses production without WECHAT_APPID and WECHAT_SECRET, unless WECHAT_TWIN=1', async () => {
    expect(() => configFromEnv({ NODE_ENV: 'production' })).toThrow(/WECHAT_APPID/)
    expect(() => configFromEnv({ NODE_ENV: 'production', WECHAT_APPID: 'wx123' })).toThrow(/WECHAT_SECRET/)
    await expect(startServer({ ...configFromEnv({ DATA_DIR: dataDir, PORT: '0' }), production: true })).rejects.toThrow(/WECHAT_APPID/)
    expect(configFromEnv({ NODE_ENV: 'production', WECHAT_TWIN: '1' })).toMatchObject({ production: true, wechat: null, wechatTwin: true })
    expect(configFromEnv({}).wechatTwin).toBe(false)
  })
})
