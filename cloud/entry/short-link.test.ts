// Short links: createLink hands out <web>/l/<code> (≤ 12 random url-safe characters) beside the
// platform's long link; the cloud redirects it to the link's landing page until the link
// expires, then answers a plain Chinese page, and never a 5xx for a code it does not know.
// The long /wxaurl/ links already handed out keep working.
import type { Server } from 'node:http'
import { eq } from 'drizzle-orm'
import { serveHttp } from '../../tests/support/http-server'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { shortLinks } from '../db/schema'
import { registry } from '../functions'
import { createHttpApp } from '../http/app'
import { localPlatform } from '../platform/local'
import { localEntryRoutes } from '../platform/local/entry-links'
import { DEMO_MERCHANT_OPENID, DEMO_STORE_ID, seedDemoStore } from '../seed/demo-store'

describe(`short links (${DATABASE_KIND})`, () => {
  let database: Database
  let server: Server
  let base = ''
  let clock = new Date()
  const publicUrl = () => base
  const platform = localPlatform({ publicUrl })

  beforeAll(async () => {
    database = await openTestDatabase()
    await seedDemoStore(database.db)
    const handle = createHttpApp({
      db: database.db,
      registry,
      platform,
      production: false,
      webRoot: null,
      now: () => clock,
      routes: [localEntryRoutes({ publicUrl, now: () => clock })],
    })
    ;({ server, base } = await serveHttp(handle))
  }, 60_000)
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await database.close()
  })
  beforeEach(() => {
    clock = new Date()
  })

  const api = async (fn: string, action: string, data: Record<string, unknown>) => {
    const res = await fetch(`${base}/fn/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': DEMO_MERCHANT_OPENID },
      body: JSON.stringify({ action, data }),
    })
    const body = await res.json()
    if (!body.ok) throw new Error(JSON.stringify(body.error))
    return body.data
  }
  const open = (url: string) => fetch(url, { redirect: 'manual' })

  it('hands out a short link that redirects to the landing page of the link, for as long as the link lives', async () => {
    const link = await api('entry', 'createLink', { storeId: DEMO_STORE_ID, campaign: '微博抽奖', channel: 'weibo', expireDays: 2 })
    expect(link.shortUrl).toMatch(new RegExp(`^${base}/l/[A-Za-z0-9_-]{1,12}$`))
    expect(link.shortUrl.length).toBeLessThan(base.length + 16)
    expect(link.url.length).toBeGreaterThan(link.shortUrl.length + 100)

    const code = link.shortUrl.split('/l/')[1]
    const [row] = await database.db.select().from(shortLinks).where(eq(shortLinks.code, code))
    expect(row).toMatchObject({ linkId: link.id, storeId: DEMO_STORE_ID })
    expect(row.expiresAt.toISOString()).toBe(link.expiresAt)

    const res = await open(link.shortUrl)
    expect(res.status).toBe(302)
    expect(base + res.headers.get('location')).toBe(link.landingUrl)
    expect((await open(`${base}/l/${code}`)).headers.get('location')).toBe(new URL(link.landingUrl).pathname + new URL(link.landingUrl).search)

    // The merchant's list shows it while it lives.
    const listed = await api('entry', 'listCodes', { storeId: DEMO_STORE_ID, kind: 'link' })
    expect(listed.items.find((c: any) => c.id === link.id)?.shortUrl).toBe(link.shortUrl)

    // Past the link's expiry: a page that says so, in Chinese, never a redirect.
    clock = new Date(new Date(link.expiresAt).getTime() + 1000)
    const late = await open(link.shortUrl)
    expect(late.status).toBe(410)
    expect(late.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await late.text()
    expect(html).toContain('链接已过期')
    expect(html).toContain('lang="zh-CN"')
    const expiredList = await api('entry', 'listCodes', { storeId: DEMO_STORE_ID, kind: 'link' })
    expect(expiredList.items.find((c: any) => c.id === link.id)?.shortUrl).toBeNull()
  })

  it('answers unknown, malformed and over-long codes with a Chinese 404 page, never a 5xx', async () => {
    for (const path of ['/l/AAAAAAAAAAAA', '/l/', '/l/abc%E0%A4%A', '/l/' + 'a'.repeat(13), '/l/a.b', '/l/%00']) {
      const res = await open(base + path)
      expect([path, res.status]).toEqual([path, 404])
      const html = await res.text()
      expect(html).toContain('链接不存在')
      expect(html).not.toMatch(/Error|at \w+ \(/)
    }
    const head = await fetch(`${base}/l/AAAAAAAAAAAA`, { method: 'HEAD', redirect: 'manual' })
    expect(head.status).toBe(404)
  })

  it('makes codes of at most 12 url-safe characters that do not repeat', async () => {
    const codes = new Set<string>()
    for (let i = 0; i < 20; i++) {
      const link = await callOk(database, 'entry', 'createLink', { storeId: DEMO_STORE_ID, channel: 'web' }, { openid: DEMO_MERCHANT_OPENID, platform })
      codes.add(link.shortUrl!.split('/l/')[1])
    }
    expect(codes.size).toBe(20)
    for (const code of codes) expect(code).toMatch(/^[A-Za-z0-9_-]{12}$/)
  })

  it('resolveShortLink: NOT_FOUND for an unknown code, VALIDATION_FAILED for a malformed one', async () => {
    expect((await call(database, 'entry', 'resolveShortLink', { code: 'nosuchcode12' })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await call(database, 'entry', 'resolveShortLink', { code: 'a/b' })).body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  })

  it('keeps the long links already handed out working', async () => {
    const link = await api('entry', 'createLink', { storeId: DEMO_STORE_ID, channel: 'weibo' })
    const res = await open(link.url)
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toMatch(/^\/pages\/home\/index\?/)
  })

  it('makes no short link when no web is deployed to serve it', async () => {
    const bare = { ...platform, entryLinks: { ...platform.entryLinks, webBase: () => null } }
    const link = await callOk(database, 'entry', 'createLink', { storeId: DEMO_STORE_ID, channel: 'weibo' }, { openid: DEMO_MERCHANT_OPENID, platform: bare })
    expect(link.shortUrl).toBeNull()
    expect(await database.db.select().from(shortLinks).where(eq(shortLinks.linkId, link.id))).toEqual([])
  })
})
