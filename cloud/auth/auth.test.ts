import { eq } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase, testCtx, type CallOptions } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { contentChecks, sessions, users } from '../db/schema'
import { dispatch } from '../dispatch'
import { registry } from '../functions'
import { localPlatform } from '../platform/local'
import { LoginRefused } from '../platform/platform'
import { DEMO_MERCHANT_OPENID, seedDemoStore } from '../seed/demo-store'
import { RATE_LIMITS } from '../limits/rate-limits'
import { hashToken, MAX_SESSIONS_PER_USER, resolveSession, SESSION_TTL_MS } from './sessions'

const MINUTE = 60_000
/** Each test runs on its own stretch of time, so rate-limit windows never overlap between tests. */
let epoch = Date.UTC(2026, 10, 25, 8, 0, 0)
function clock() {
  epoch += 60 * MINUTE
  let now = epoch
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms
    },
  }
}

describe(`auth (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
    await seedDemoStore(database.db)
  })
  afterAll(() => database.close())

  /** Calls as the identity a bearer token stands for, the way the HTTP server resolves it. */
  async function asToken(token: string, fn: string, action: string, data: unknown, options: CallOptions & { now: () => Date }) {
    const identity = await resolveSession(database.db, token, options.now())
    if (!identity) return { status: 401, body: { ok: false, error: { code: 'UNAUTHENTICATED' } } }
    return dispatch(registry, fn, { action, data }, { ...testCtx(database, options), identity })
  }

  const snapshot = async () => ({
    users: await database.db.select().from(users).orderBy(users.openid),
    sessions: await database.db.select().from(sessions).orderBy(sessions.id),
  })

  it('logs in with a twin code: a token that auth.me turns into the profile', async () => {
    const { now } = clock()
    const result = await callOk(database, 'auth', 'login', { code: 'dev:shopper-login' }, { now })
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(new Date(result.expiresAt).getTime()).toBe(now().getTime() + SESSION_TTL_MS)
    expect(result.user).toEqual({ openid: 'shopper-login', nickname: '', avatarUrl: '', stores: [] })

    const me = await asToken(result.token, 'auth', 'me', {}, { now })
    expect(me.body).toEqual({ ok: true, data: { openid: 'shopper-login', nickname: '', avatarUrl: '', stores: [] } })
  })

  it('keeps only a hash of the token', async () => {
    const { now } = clock()
    const { token } = await callOk(database, 'auth', 'login', { code: 'dev:hash-check' }, { now })
    const rows = await database.db.select().from(sessions).where(eq(sessions.openid, 'hash-check'))
    expect(rows).toHaveLength(1)
    expect(rows[0].tokenHash).toBe(hashToken(token))
    expect(JSON.stringify(rows)).not.toContain(token)
  })

  it('shows a merchant the stores they own, with their role', async () => {
    const { now } = clock()
    const result = await callOk(database, 'auth', 'login', { code: `dev:${DEMO_MERCHANT_OPENID}` }, { now })
    expect(result.user.stores).toEqual([{ id: 'demo', name: '山野小店', role: 'owner' }])
  })

  it('answers auth.me for an identity that never logged in (WeChat Cloud, local x-openid) without writing', async () => {
    const me = await callOk(database, 'auth', 'me', {}, { openid: 'never-logged-in' })
    expect(me).toEqual({ openid: 'never-logged-in', nickname: '', avatarUrl: '', stores: [] })
    expect(await database.db.select().from(users).where(eq(users.openid, 'never-logged-in'))).toEqual([])
  })

  it('a revoked or expired token no longer identifies anyone', async () => {
    const { now, advance } = clock()
    const first = await callOk(database, 'auth', 'login', { code: 'dev:shopper-revoke' }, { now })
    const second = await callOk(database, 'auth', 'login', { code: 'dev:shopper-revoke' }, { now })
    const out = await asToken(first.token, 'auth', 'logout', {}, { now })
    expect(out.body).toEqual({ ok: true, data: { loggedOut: true, revoked: 1 } })
    expect((await asToken(first.token, 'auth', 'me', {}, { now })).status).toBe(401)
    // Logging out on one device leaves the other logged in…
    expect((await asToken(second.token, 'auth', 'me', {}, { now })).status).toBe(200)
    // …until the session runs out.
    advance(SESSION_TTL_MS)
    expect(await resolveSession(database.db, second.token, now())).toBeNull()
    expect((await asToken(second.token, 'auth', 'me', {}, { now })).status).toBe(401)
  })

  it('logs out of every device at once', async () => {
    const { now } = clock()
    const tokens = []
    for (let i = 0; i < 3; i++) tokens.push((await callOk(database, 'auth', 'login', { code: 'dev:shopper-all' }, { now })).token)
    const out = await asToken(tokens[0], 'auth', 'logout', { allDevices: true }, { now })
    expect(out.body).toEqual({ ok: true, data: { loggedOut: true, revoked: 3 } })
    for (const token of tokens) expect(await resolveSession(database.db, token, now())).toBeNull()
  })

  it('logs out inside WeChat Cloud (no session) without touching anything', async () => {
    const { now } = clock()
    const { token } = await callOk(database, 'auth', 'login', { code: 'dev:shopper-cloud' }, { now })
    expect(await callOk(database, 'auth', 'logout', {}, { openid: 'shopper-cloud', now })).toEqual({ loggedOut: true, revoked: 0 })
    expect(await resolveSession(database.db, token, now())).not.toBeNull()
  })

  it(`keeps at most ${MAX_SESSIONS_PER_USER} live sessions per shopper, ending the oldest`, async () => {
    const { now, advance } = clock()
    const tokens: string[] = []
    for (let i = 0; i < MAX_SESSIONS_PER_USER + 2; i++) {
      tokens.push((await callOk(database, 'auth', 'login', { code: 'dev:shopper-many' }, { now })).token)
      advance(10 * MINUTE)
    }
    const live = await Promise.all(tokens.map((t) => resolveSession(database.db, t, now())))
    expect(live.map((identity) => identity !== null)).toEqual([false, false, ...Array(MAX_SESSIONS_PER_USER).fill(true)])
  })

  it('limits login attempts per shopper, and accepts them again once the window has passed', async () => {
    const { now, advance } = clock()
    for (let i = 0; i < RATE_LIMITS.login.perUser.limit; i++) await callOk(database, 'auth', 'login', { code: 'dev:shopper-rush' }, { now })
    const before = await database.db.select().from(sessions).where(eq(sessions.openid, 'shopper-rush'))
    const limited = await call(database, 'auth', 'login', { code: 'dev:shopper-rush' }, { now })
    expect(limited.status).toBe(429)
    expect(limited.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(await database.db.select().from(sessions).where(eq(sessions.openid, 'shopper-rush'))).toHaveLength(before.length)
    // Another shopper is not held up by this one.
    await callOk(database, 'auth', 'login', { code: 'dev:shopper-calm' }, { now })
    advance(RATE_LIMITS.login.perUser.windowMs + 1)
    await callOk(database, 'auth', 'login', { code: 'dev:shopper-rush' }, { now })
  })

  /** The twin's code2Session (dev:<openid> logs in, anything else is 40029), counting what it is asked. */
  function countingPlatform() {
    const asked: string[] = []
    const twin = localPlatform()
    const platform = { ...twin, login: { code2Session: (code: string) => (asked.push(code), twin.login.code2Session(code)) } }
    return { asked, platform }
  }
  const loginFrom = (platform: ReturnType<typeof localPlatform>, code: string, clientIp: string, now: () => Date) =>
    dispatch(registry, 'auth', { action: 'login', data: { code } }, { ...testCtx(database, { now, clientIp }), platform })

  it('12 junk codes a second from one address: held to the failure limit before asking WeChat, and a valid code from another client still logs in', async () => {
    const { now, advance } = clock()
    const { asked, platform } = countingPlatform()
    const answers = []
    for (let i = 0; i < 132; i++) {
      answers.push(await loginFrom(platform, `junk-${i}`, '203.0.113.66', now))
      advance(1000 / 12)
    }
    const statuses = answers.map((a) => a.status)
    expect(statuses.filter((s) => s === 401)).toHaveLength(RATE_LIMITS.login.failuresPerAddress.limit)
    expect(statuses.filter((s) => s === 429)).toHaveLength(132 - RATE_LIMITS.login.failuresPerAddress.limit)
    expect(asked).toHaveLength(RATE_LIMITS.login.failuresPerAddress.limit)

    const victim = await loginFrom(platform, 'dev:shopper-victim', '198.51.100.2', now)
    expect(victim.body).toMatchObject({ ok: true, data: { user: { openid: 'shopper-victim' } } })
    // The flooding address is let in again once its failures leave the window.
    advance(RATE_LIMITS.login.failuresPerAddress.windowMs)
    expect((await loginFrom(platform, 'dev:shopper-behind-flood', '203.0.113.66', now)).body.ok).toBe(true)
  })

  it('a burst of parallel junk codes is held to the limit too', async () => {
    const { now } = clock()
    const { asked, platform } = countingPlatform()
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => loginFrom(platform, `burst-${i}`, '2001:db8:5::1', now)))
    expect(answers.filter((a) => a.status === 401)).toHaveLength(RATE_LIMITS.login.failuresPerAddress.limit)
    expect(answers.filter((a) => a.status === 429)).toHaveLength(50 - RATE_LIMITS.login.failuresPerAddress.limit)
    expect(asked).toHaveLength(RATE_LIMITS.login.failuresPerAddress.limit)
  })

  it('valid codes do not count: many people behind one NAT log in, and the address still has its failure budget', async () => {
    const { now } = clock()
    const { platform } = countingPlatform()
    for (let i = 0; i < RATE_LIMITS.login.failuresPerAddress.limit + 10; i++) {
      expect((await loginFrom(platform, `dev:nat-shopper-${i}`, '100.64.0.1', now)).status).toBe(200)
    }
    for (let i = 0; i < RATE_LIMITS.login.failuresPerAddress.limit; i++) expect((await loginFrom(platform, `typo-${i}`, '100.64.0.1', now)).status).toBe(401)
    expect((await loginFrom(platform, 'typo-last', '100.64.0.1', now)).body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
  })

  it.each([
    [40029, 401, 'UNAUTHENTICATED'],
    [40163, 401, 'UNAUTHENTICATED'],
    [45011, 429, 'RATE_LIMITED'],
    [40226, 403, 'FORBIDDEN'],
    [-1, 500, 'INTERNAL'],
  ])('turns code2Session errcode %i into %i %s, opening no session', async (errcode, status, code) => {
    const { now } = clock()
    const platform = { ...localPlatform(), login: { code2Session: () => Promise.reject(new LoginRefused(errcode, 'refused')) } }
    const before = await snapshot()
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const answer = await dispatch(registry, 'auth', { action: 'login', data: { code: 'x' } }, { ...testCtx(database, { now }), platform })
    error.mockRestore()
    expect(answer.status).toBe(status)
    expect(answer.body).toMatchObject({ ok: false, error: { code } })
    expect(await snapshot()).toEqual(before)
  })

  describe('updateProfile', () => {
    it('sets the nickname and avatar, which auth.me then shows', async () => {
      const profile = await callOk(database, 'auth', 'updateProfile', { nickname: '  小 明  ', avatarUrl: 'https://thirdwx.qlogo.cn/a/132' }, { openid: 'shopper-profile' })
      expect(profile).toMatchObject({ nickname: '小 明', avatarUrl: 'https://thirdwx.qlogo.cn/a/132' })
      const avatar = `data:image/jpeg;base64,${'A'.repeat(1000)}`
      await callOk(database, 'auth', 'updateProfile', { avatarUrl: avatar }, { openid: 'shopper-profile' })
      expect(await callOk(database, 'auth', 'me', {}, { openid: 'shopper-profile' })).toMatchObject({ nickname: '小 明', avatarUrl: avatar })
    })

    it('passes the nickname through content security (scene profile) and refuses risky or ad text', async () => {
      await callOk(database, 'auth', 'updateProfile', { nickname: '阿花' }, { openid: 'shopper-risky' })
      for (const nickname of ['赌博大王', '加微信领红包']) {
        const answer = await call(database, 'auth', 'updateProfile', { nickname }, { openid: 'shopper-risky' })
        expect(answer.status).toBe(422)
        expect(answer.body).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      }
      expect(await callOk(database, 'auth', 'me', {}, { openid: 'shopper-risky' })).toMatchObject({ nickname: '阿花' })
      const checks = await database.db.select().from(contentChecks).where(eq(contentChecks.openid, 'shopper-risky'))
      expect(checks.map((c) => [c.scene, c.suggest])).toEqual([
        ['nickname', 'pass'],
        ['nickname', 'risky'],
        ['nickname', 'review'],
      ])
    })
  })

  it.each([
    ['me', {}],
    ['logout', {}],
    ['updateProfile', { nickname: '匿名' }],
  ])('refuses %s to an anonymous caller with 401', async (action, data) => {
    const answer = await call(database, 'auth', action, data)
    expect(answer.status).toBe(401)
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it.each([
    ['login', {}, 400],
    ['login', { code: '' }, 400],
    ['login', { code: 42 }, 400],
    ['login', { code: 'x'.repeat(129) }, 400],
    ['login', { code: 'dev:a b' }, 400],
    ['login', { code: 'dev:shopper-x', openid: 'someone-else' }, 400],
    ['login', { code: 'not-a-twin-code' }, 401],
    ['login', { code: 'dev:' }, 401],
    ['me', { openid: 'someone-else' }, 400],
    ['logout', { allDevices: 'yes' }, 400],
    ['logout', { sessionId: 'x' }, 400],
    ['updateProfile', {}, 400],
    ['updateProfile', { nickname: '' }, 400],
    ['updateProfile', { nickname: '   ' }, 400],
    ['updateProfile', { nickname: '长'.repeat(21) }, 400],
    ['updateProfile', { nickname: 'a\u0000b' }, 400],
    ['updateProfile', { nickname: 42 }, 400],
    ['updateProfile', { nickname: '好名字', openid: 'someone-else' }, 400],
    ['updateProfile', { avatarUrl: 'javascript:alert(1)' }, 400],
    ['updateProfile', { avatarUrl: 'http://insecure.example.com/a.png' }, 400],
    ['updateProfile', { avatarUrl: 'data:text/html;base64,PHNjcmlwdD4=' }, 400],
    ['updateProfile', { avatarUrl: `data:image/png;base64,${'A'.repeat(50 * 1024)}` }, 400],
    ['updateProfile', { avatarUrl: '' }, 400],
  ])('refuses bad input to %s (case %#) with a 4xx and changes nothing', async (action, data, status) => {
    const { now } = clock()
    await callOk(database, 'auth', 'updateProfile', { nickname: '原来的名字' }, { openid: 'shopper-bad', now })
    const before = await snapshot()
    const answer = await call(database, 'auth', action, data, { openid: 'shopper-bad', now })
    expect(answer.status).toBe(status)
    expect(answer.body).toMatchObject({ ok: false, error: { code: status === 400 ? 'VALIDATION_FAILED' : 'UNAUTHENTICATED' } })
    expect(await snapshot()).toEqual(before)
  })
})
