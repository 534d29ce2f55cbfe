import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request, type Server } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { registry } from '../functions'
import { localPlatform } from '../platform/local'
import { seedDemoStore } from '../seed/demo-store'
import { createHttpApp, MAX_BODY_BYTES } from './app'
import { serveHttp } from '../../tests/support/http-server'

describe(`local cloud over HTTP (${DATABASE_KIND})`, () => {
  let database: Database
  let webRoot: string
  const servers: Server[] = []

  async function serve(production: boolean): Promise<string> {
    const handle = createHttpApp({ db: database.db, registry, platform: localPlatform(), production, webRoot })
    const { server, base } = await serveHttp(handle)
    servers.push(server)
    return base
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

  /** A request with the target exactly as given (fetch would normalise it first). */
  function raw(base: string, method: string, target: string, body?: string): Promise<{ status: number; body: any }> {
    return new Promise((resolve, reject) => {
      const url = new URL(base)
      const req = request({ host: url.hostname, port: url.port, method, path: target, agent: false }, (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => {
          const json = /json/.test(String(res.headers['content-type']))
          resolve({ status: res.statusCode ?? 0, body: json ? JSON.parse(text) : text })
        })
      })
      req.on('error', reject)
      req.setTimeout(5_000, () => req.destroy(new Error(`no answer to ${method} ${target}`)))
      req.end(body)
    })
  }

  it.each([
    ['a target with a port out of range', 'POST', '//x:99999/', 404, 'NOT_FOUND'],
    ['the same target on a function', 'POST', '//x:99999/fn/catalog', 404, 'NOT_FOUND'],
    ['an absolute-form target with a bad port', 'GET', 'http://x:99999/fn/catalog', 400, 'VALIDATION_FAILED'],
    ['an asterisk-form target', 'GET', '*', 400, 'VALIDATION_FAILED'],
    ['a function name with a bad %-escape', 'POST', '/fn/%E0%A4%A', 404, 'NOT_FOUND'],
    ['a function name that is a lone %', 'POST', '/fn/%', 404, 'NOT_FOUND'],
  ])('answers %s with a 4xx and a code, in development and production', async (_label, method, target, status, code) => {
    for (const base of [dev, prod]) {
      const answer = await raw(base, method, target, method === 'POST' ? '{"action":"getStore","data":{"storeId":"demo"}}' : undefined)
      expect(answer).toEqual({ status, body: { ok: false, error: expect.objectContaining({ code }) } })
    }
    // Still serving afterwards.
    expect((await fetch(`${dev}/health`)).status).toBe(200)
  })

  it('reads a page path that looks like a host as a page path', async () => {
    const answer = await raw(dev, 'GET', '//x:99999/')
    expect(answer.status).toBe(200)
    expect(answer.body).toContain('<title>小店</title>')
  })

  it('still reads an absolute-form target (as a proxy sends it)', async () => {
    const answer = await raw(dev, 'POST', `${dev}/fn/catalog`, '{"action":"getStore","data":{"storeId":"demo"}}')
    expect(answer).toMatchObject({ status: 200, body: { ok: true, data: { id: 'demo' } } })
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
