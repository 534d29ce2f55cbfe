// Sessions over HTTP, as the self-hosted server runs them: in production only a bearer token
// from auth.login identifies a caller; x-openid is refused; revoked or expired tokens are 401.
import type { Server } from 'node:http'
import { DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { registry } from '../functions'
import { createHttpApp } from '../http/app'
import { localPlatform } from '../platform/local'
import { seedDemoStore } from '../seed/demo-store'
import { SESSION_TTL_MS } from './sessions'
import { serveHttp } from '../../tests/support/http-server'

describe(`sessions over HTTP (${DATABASE_KIND})`, () => {
  let database: Database
  const servers: Server[] = []
  let now = Date.UTC(2026, 10, 25, 8, 0, 0)

  /** The login twin stands in for code2Session, as with WECHAT_TWIN=1. */
  async function serve(production: boolean): Promise<string> {
    const handle = createHttpApp({ db: database.db, registry, platform: localPlatform(), production, webRoot: null, now: () => new Date(now) })
    const { server, base } = await serveHttp(handle)
    servers.push(server)
    return base
  }

  let prod: string
  let dev: string
  beforeAll(async () => {
    database = await openTestDatabase()
    await seedDemoStore(database.db)
    prod = await serve(true)
    dev = await serve(false)
  })
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
    await database.close()
  })

  async function post(base: string, fn: string, action: string, data: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${base}/fn/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ action, data }),
    })
    return { status: res.status, body: await res.json() }
  }

  async function login(base: string, openid: string): Promise<string> {
    const answer = await post(base, 'auth', 'login', { code: `dev:${openid}` })
    expect(answer.status).toBe(200)
    return answer.body.data.token
  }

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

  it('in production: x-openid gets 401 UNAUTHENTICATED, a token from auth.login works', async () => {
    const refused = await post(prod, 'auth', 'me', {}, { 'x-openid': 'shopper-prod' })
    expect(refused.status).toBe(401)
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })

    const token = await login(prod, 'shopper-prod')
    const me = await post(prod, 'auth', 'me', {}, bearer(token))
    expect(me).toEqual({ status: 200, body: { ok: true, data: { openid: 'shopper-prod', nickname: '', avatarUrl: '', stores: [] } } })

    // The token carries identity to every function, e.g. the address book.
    const saved = await post(prod, 'address', 'save', {
      userName: '王五', telNumber: '13900139000', provinceName: '上海市', cityName: '上海市', countyName: '徐汇区', detailInfo: '漕溪北路 1 号',
    }, bearer(token))
    expect(saved.status).toBe(200)
    expect((await post(prod, 'address', 'list', {}, bearer(token))).body.data.items).toHaveLength(1)
  })

  it('in production: x-openid is refused even beside a valid token', async () => {
    const token = await login(prod, 'shopper-both')
    const answer = await post(prod, 'auth', 'me', {}, { ...bearer(token), 'x-openid': 'shopper-both' })
    expect(answer.status).toBe(401)
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('a revoked token gets 401 on every call, public ones included', async () => {
    const token = await login(prod, 'shopper-out')
    expect((await post(prod, 'auth', 'logout', {}, bearer(token))).body).toEqual({ ok: true, data: { loggedOut: true, revoked: 1 } })
    for (const [fn, action, data] of [['auth', 'me', {}], ['catalog', 'getStore', { storeId: 'demo' }]] as const) {
      const answer = await post(prod, fn, action, data, bearer(token))
      expect(answer.status).toBe(401)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' } })
    }
    // Logging in again gives a fresh token that works.
    expect((await post(prod, 'auth', 'me', {}, bearer(await login(prod, 'shopper-out')))).status).toBe(200)
  })

  it('an expired token gets 401', async () => {
    const token = await login(prod, 'shopper-late')
    expect((await post(prod, 'auth', 'me', {}, bearer(token))).status).toBe(200)
    now += SESSION_TTL_MS + 1
    try {
      const answer = await post(prod, 'auth', 'me', {}, bearer(token))
      expect(answer.status).toBe(401)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    } finally {
      now -= SESSION_TTL_MS + 1
    }
  })

  it.each([
    ['an unknown token', 'Bearer ' + 'A'.repeat(43)],
    ['a token of the wrong shape', 'Bearer not-a-token'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['a bare token', 'A'.repeat(43)],
    ['an empty header', ''],
  ])('refuses %s with 401', async (_label, authorization) => {
    const answer = await post(prod, 'auth', 'me', {}, { authorization })
    expect(answer.status).toBe(401)
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('anonymous calls still read the catalog in production, and user calls get 401', async () => {
    expect((await post(prod, 'catalog', 'getStore', { storeId: 'demo' })).status).toBe(200)
    expect((await post(prod, 'address', 'list', {})).status).toBe(401)
  })

  it('in development the token wins over x-openid', async () => {
    const token = await login(dev, 'shopper-dev')
    const answer = await post(dev, 'auth', 'me', {}, { ...bearer(token), 'x-openid': 'someone-else' })
    expect(answer.body).toMatchObject({ ok: true, data: { openid: 'shopper-dev' } })
  })
})
