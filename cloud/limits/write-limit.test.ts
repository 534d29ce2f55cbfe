// The per-identity write budget dispatch enforces for operations that declare WRITES.
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { ADDRESS } from '../../tests/support/fixtures'
import type { Database } from '../db/client'
import { WRITES } from './rate-limit'

describe(`write budget per identity and function (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
  })
  afterAll(() => database.close())

  const start = Date.UTC(2026, 10, 25, 12, 0, 0)
  const at = (ms: number) => () => new Date(start + ms)
  const rename = (openid: string, nickname: string, ms: number) =>
    call(database, 'auth', 'updateProfile', { nickname }, { openid, now: at(ms) })

  it(`accepts ${WRITES.limit} writes a minute, then answers 429 RATE_LIMITED and writes nothing`, async () => {
    for (let i = 0; i < WRITES.limit; i++) {
      const answer = await rename('busy', `买家${i}`, i * 100)
      expect([i, answer.status]).toEqual([i, 200])
    }
    const refused = await rename('busy', '不该保存', WRITES.limit * 100)
    expect(refused.status).toBe(429)
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    const me = await callOk(database, 'auth', 'me', {}, { openid: 'busy', now: at(WRITES.limit * 100) })
    expect(me.nickname).toBe(`买家${WRITES.limit - 1}`)
  })

  it('limits only that identity and that function; reads stay open', async () => {
    const now = WRITES.limit * 100 + 1
    expect((await rename('calm', '另一位买家', now)).status).toBe(200)
    expect((await call(database, 'auth', 'me', {}, { openid: 'busy', now: at(now) })).status).toBe(200)
    const saved = await call(database, 'address', 'save', { ...ADDRESS }, { openid: 'busy', now: at(now) })
    expect(saved.status).toBe(200)
  })

  it('opens again once the window has passed', async () => {
    expect((await rename('busy', '又可以改了', WRITES.windowMs + WRITES.limit * 100)).status).toBe(200)
  })

  it('does not count malformed calls, which change nothing', async () => {
    for (let i = 0; i < WRITES.limit + 5; i++) {
      expect((await call(database, 'auth', 'updateProfile', { nickname: 42 }, { openid: 'sloppy', now: at(i) })).status).toBe(400)
    }
    expect((await rename('sloppy', '终于填对了', WRITES.limit + 5)).status).toBe(200)
  })
})
