import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { registry } from '../functions'
import { localPlatform } from '../platform/local'
import { seedDemoStore } from '../seed/demo-store'
import { createHttpApp, MAX_BODY_BYTES } from './app'

describe(`local cloud over HTTP (${DATABASE_KIND})`, () => {
  let database: Database
  let webRoot: string
  const servers: Server[] = []

  async function serve(production: boolean): Promise<string> {
    const handle = createHttpApp({ db: database.db, registry, platform: localPlatform(), production, webRoot })
    const server = createServer((req, res) => void handle(req, res))
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  let dev: string
  let prod: string

  beforeAll(async () => {
    database = await openTestDatabase()
    await seedDemoStore(database.db)
    webRoot = mkdtempSync(path.join(os.tmpdir(), 'xd-web-'))
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>小店</title>')
    dev = await serve(false)
    prod = await serve(true)
  })
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
    await database.close()
    rmSync(webRoot, { recursive: true, force: true })
  })

  const post = (base: string, fn: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/fn/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })

  it('answers a call with the ok envelope and CORS headers', async () => {
    const res = await post(dev, 'catalog', JSON.stringify({ action: 'listProducts', data: { limit: 3 } }))
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const body = await res.json()
    expect(body.ok).toBe(true)
    expect(body.data.items).toHaveLength(3)
    expect(typeof body.data.nextCursor).toBe('string')
  })

  it('answers the CORS preflight for the identity headers', async () => {
    const res = await fetch(`${dev}/fn/catalog`, { method: 'OPTIONS' })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-headers')).toContain('x-openid')
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization')
  })

  it.each([
    ['invalid JSON', 'catalog', '{"action":', 400, 'VALIDATION_FAILED'],
    ['an empty body', 'catalog', '', 400, 'VALIDATION_FAILED'],
    ['JSON that is not an envelope', 'catalog', '[1,2]', 400, 'VALIDATION_FAILED'],
    ['an unknown action', 'catalog', '{"action":"dropTables","data":{}}', 400, 'VALIDATION_FAILED'],
    ['an unknown function', 'nosuch', '{"action":"x","data":{}}', 404, 'NOT_FOUND'],
    ['a percent-encoded function name', '%E2%9C%93', '{"action":"x"}', 404, 'NOT_FOUND'],
  ])('refuses %s with a 4xx and a code', async (_label, fn, body, status, code) => {
    const res = await post(dev, fn, body)
    expect(res.status).toBe(status)
    expect(await res.json()).toMatchObject({ ok: false, error: { code } })
  })

  it('refuses a body over the cap without reading it all', async () => {
    const huge = JSON.stringify({ action: 'search', data: { q: 'x'.repeat(MAX_BODY_BYTES) } })
    const res = await post(dev, 'catalog', huge)
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: '请求内容过大' } })
  })

  it('refuses GET on a function', async () => {
    const res = await fetch(`${dev}/fn/catalog`)
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  })

  it('accepts x-openid in development and refuses a malformed one', async () => {
    const ok = await post(dev, 'catalog', '{"action":"getStore","data":{"storeId":"demo"}}', { 'x-openid': 'shopper-a' })
    expect(ok.status).toBe(200)
    const bad = await post(dev, 'catalog', '{"action":"getStore","data":{"storeId":"demo"}}', { 'x-openid': 'a b;c' })
    expect(bad.status).toBe(401)
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('refuses x-openid in production with 401 UNAUTHENTICATED, and serves anonymous reads', async () => {
    const body = '{"action":"getStore","data":{"storeId":"demo"}}'
    const refused = await post(prod, 'catalog', body, { 'x-openid': 'demo-merchant' })
    expect(refused.status).toBe(401)
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    const anonymous = await post(prod, 'catalog', body)
    expect(anonymous.status).toBe(200)
    expect(await anonymous.json()).toMatchObject({ ok: true, data: { id: 'demo', name: '山野小店' } })
  })

  it('serves the H5 build with a fallback to index.html for page paths', async () => {
    const page = await fetch(`${dev}/pages/product/index?id=x`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>小店</title>')
  })

  it('serves demo photos and refuses paths outside the web root', async () => {
    const photo = await fetch(`${dev}/files/demo/mug-1.svg`)
    expect(photo.status).toBe(200)
    expect(photo.headers.get('content-type')).toBe('image/svg+xml')
    expect(await photo.text()).toContain('<svg')
    const unknown = await fetch(`${dev}/files/demo/nothing-1.svg`)
    expect(unknown.status).toBe(404)
    const escape = await fetch(`${dev}/..%2f..%2fpackage.json`)
    expect(escape.status).toBe(404)
  })
})
