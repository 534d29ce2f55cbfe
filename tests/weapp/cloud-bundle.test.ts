/**
 * @jest-environment node
 */
// The bundled cloud functions in dist-cloud/ run for real: each one loads on its own, reads
// its identity from the platform context (a twin of wx-server-sdk) and answers from
// PostgreSQL through the same dispatch as the local server.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { openDatabase, type Database } from '../../cloud/db/client'
import { newId } from '../../cloud/db/ids'
import { products, skus } from '../../cloud/db/schema'
import { DEMO_MERCHANT_OPENID, seedDemoStore } from '../../cloud/seed/demo-store'
import { createDatabase, dropDatabase, requirePostgresUrl } from '../support/postgres'

const bundles = path.resolve(__dirname, '../../dist-cloud')
const wxContext = { OPENID: '', SOURCE: 'wx_client' }

jest.mock(
  'wx-server-sdk',
  () => ({
    DYNAMIC_CURRENT_ENV: Symbol.for('DYNAMIC_CURRENT_ENV'),
    init: () => undefined,
    getWXContext: () => wxContext,
  }),
  { virtual: true },
)

const serverUrl = requirePostgresUrl()

describe('bundled cloud functions', () => {
  it('has one folder per function with index.js, package.json, config.json and the migrations', () => {
    if (!existsSync(bundles)) throw new Error('dist-cloud/ not found: run `npm run build:weapp` first')
    const names = readdirSync(bundles)
    expect(names).toContain('catalog')
    for (const name of names) {
      const dir = path.join(bundles, name)
      expect(existsSync(path.join(dir, 'index.js'))).toBe(true)
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
      expect(pkg.dependencies).toHaveProperty('wx-server-sdk')
      expect(JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'))).toHaveProperty('permissions')
      expect(readdirSync(path.join(dir, 'migrations')).some((f) => f.endsWith('.sql'))).toBe(true)
    }
  })
})

describe('bundled catalog function on PostgreSQL', () => {
  const dbName = `bundle_${randomBytes(4).toString('hex')}`
  let database: Database
  let main: (event: Record<string, unknown>) => Promise<any>
  let draftId: string

  beforeAll(async () => {
    process.env.DATABASE_URL = await createDatabase(serverUrl, dbName)
    database = await openDatabase({ url: process.env.DATABASE_URL })
    await seedDemoStore(database.db)
    draftId = newId()
    await database.db.insert(products).values({ id: draftId, storeId: 'demo', title: '草稿', status: 'draft' })
    await database.db.insert(skus).values({ id: newId(), productId: draftId, price: 100, stock: 1 })
    main = require(path.join(bundles, 'catalog/index.js')).main
  })
  afterAll(async () => {
    await database.close()
    // Dropping the database ends the bundle's own pooled connections, which it reports.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    await dropDatabase(serverUrl, dbName)
    await new Promise((resolve) => setTimeout(resolve, 50))
    warn.mockRestore()
  })

  it('answers an action with the wire envelope', async () => {
    wxContext.OPENID = 'o-shopper'
    const answer = await main({ action: 'getStore', data: { storeId: 'demo' }, userInfo: { openId: 'ignored' } })
    expect(answer).toMatchObject({ ok: true, data: { id: 'demo', name: '山野小店' } })
  })

  it('refuses an unknown action and a malformed event with VALIDATION_FAILED', async () => {
    expect(await main({ action: 'dropAll', data: {} })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(await main({ data: {} })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  })

  it('takes identity from the platform context, never from the payload', async () => {
    wxContext.OPENID = 'o-shopper'
    const asShopper = await main({ action: 'getProduct', data: { productId: draftId }, openid: DEMO_MERCHANT_OPENID })
    expect(asShopper).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    wxContext.OPENID = DEMO_MERCHANT_OPENID
    const asOwner = await main({ action: 'getProduct', data: { productId: draftId } })
    expect(asOwner).toMatchObject({ ok: true, data: { id: draftId, status: 'draft' } })
  })
})
