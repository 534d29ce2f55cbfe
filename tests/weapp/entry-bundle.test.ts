/**
 * @jest-environment node
 */
// The bundled entry function inside WeChat Cloud: single-page mode (Moments) calls come without
// OPENID, and WeChat's CLIENTIP is the address anonymous visits are limited by.
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { RATE_LIMITS } from '../../cloud/limits/rate-limits'
import { createDatabase, dropDatabase, requirePostgresUrl } from '../support/postgres'

const bundles = path.resolve(__dirname, '../../dist-cloud')
const wxContext: Record<string, string> = { OPENID: '', SOURCE: 'wx_client', CLIENTIP: '' }

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

describe('bundled entry function on PostgreSQL', () => {
  const dbName = `entry_${randomBytes(4).toString('hex')}`
  let entry: (event: Record<string, unknown>) => Promise<any>

  beforeAll(async () => {
    process.env.DATABASE_URL = await createDatabase(serverUrl, dbName)
    entry = require(path.join(bundles, 'entry/index.js')).main
  })
  afterAll(async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    await dropDatabase(serverUrl, dbName)
    await new Promise((resolve) => setTimeout(resolve, 50))
    warn.mockRestore()
  })

  const anonymousVisit = () =>
    entry({
      action: 'recordVisit',
      data: { launchId: `launch-${randomBytes(6).toString('hex')}`, scene: 1154, anonymousId: `anon-${randomBytes(10).toString('hex')}` },
    })

  it('limits anonymous visits by the CLIENTIP WeChat reports, one address at a time', async () => {
    wxContext.OPENID = ''
    wxContext.CLIENTIP = '203.0.113.21'
    const answers = []
    for (let i = 0; i < RATE_LIMITS.anonymousVisits.perAddress.limit + 5; i++) answers.push(await anonymousVisit())
    expect(answers.filter((a) => a.ok)).toHaveLength(RATE_LIMITS.anonymousVisits.perAddress.limit)
    expect(answers.filter((a) => !a.ok).map((a) => a.error.code)).toEqual(Array(5).fill('RATE_LIMITED'))
    wxContext.CLIENTIP = '203.0.113.22'
    expect(await anonymousVisit()).toMatchObject({ ok: true })
  })
})
