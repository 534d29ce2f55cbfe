/**
 * @jest-environment node
 */
// The bundled auth and address functions inside WeChat Cloud: the caller is the platform's
// OPENID (getWXContext), with no login and no token; the address book stays private.
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { createDatabase, dropDatabase, requirePostgresUrl } from '../support/postgres'

const bundles = path.resolve(__dirname, '../../dist-cloud')
const wxContext = { OPENID: '', SOURCE: 'wx_client' }

jest.mock(
  'wx-server-sdk',
  () => ({
    DYNAMIC_CURRENT_ENV: Symbol.for('DYNAMIC_CURRENT_ENV'),
    init: () => undefined,
    getWXContext: () => wxContext,
    openapi: { security: { msgSecCheck: async () => ({ result: { suggest: 'pass', label: 100 } }) } },
  }),
  { virtual: true },
)

const serverUrl = requirePostgresUrl()

describe('bundled auth and address functions on PostgreSQL', () => {
  const dbName = `account_${randomBytes(4).toString('hex')}`
  let auth: (event: Record<string, unknown>) => Promise<any>
  let address: (event: Record<string, unknown>) => Promise<any>

  beforeAll(async () => {
    process.env.DATABASE_URL = await createDatabase(serverUrl, dbName)
    auth = require(path.join(bundles, 'auth/index.js')).main
    address = require(path.join(bundles, 'address/index.js')).main
  })
  afterAll(async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    await dropDatabase(serverUrl, dbName)
    await new Promise((resolve) => setTimeout(resolve, 50))
    warn.mockRestore()
  })

  const home = { userName: '张三', telNumber: '13800138000', provinceName: '广东省', cityName: '广州市', countyName: '海珠区', detailInfo: '新港中路 397 号' }

  it('knows the caller from the platform: profile and address book without any login', async () => {
    wxContext.OPENID = 'o-cloud-shopper'
    expect(await auth({ action: 'updateProfile', data: { nickname: '云上买家' } })).toMatchObject({ ok: true, data: { openid: 'o-cloud-shopper', nickname: '云上买家' } })
    expect(await auth({ action: 'me', data: {} })).toMatchObject({ ok: true, data: { nickname: '云上买家' } })
    const saved = await address({ action: 'save', data: home })
    expect(saved).toMatchObject({ ok: true, data: { isDefault: true } })
    expect(await auth({ action: 'logout', data: {} })).toEqual({ ok: true, data: { loggedOut: true, revoked: 0 } })

    // Another WeChat user cannot see or touch it, whatever the payload says.
    wxContext.OPENID = 'o-someone-else'
    expect(await address({ action: 'list', data: {} })).toEqual({ ok: true, data: { items: [] } })
    expect(await address({ action: 'remove', data: { id: saved.data.id }, openid: 'o-cloud-shopper' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses an anonymous call (no OPENID, e.g. single-page mode) to the address book', async () => {
    wxContext.OPENID = ''
    expect(await address({ action: 'list', data: {} })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })
})
