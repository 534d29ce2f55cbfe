import { writeFileSync } from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { DATABASE_KIND } from '../../tests/support/test-db'
import { INLINE_SCRIPT, rawRequest, startWebApp, type RawResponse, type WebApp } from '../../tests/support/web-app'
import { negotiateEncoding } from './compression'

// Long enough to be worth compressing, as the real build's page is.
const PAGE = `<!doctype html><html><head><title>小店</title><script>${INLINE_SCRIPT}</script>${'<link rel="preload" href="/js/x.js" as="script">'.repeat(20)}</head><body><div id="app"></div></body></html>`
const SCRIPT = `/* app */${'console.log("小店 storefront bundle");\n'.repeat(400)}`
const STYLE = `.card{color:#333;padding:8px}\n`.repeat(200)

function decode(raw: RawResponse): string {
  const encoding = raw.headers['content-encoding']
  if (encoding === 'br') return zlib.brotliDecompressSync(raw.body).toString('utf8')
  if (encoding === 'gzip') return zlib.gunzipSync(raw.body).toString('utf8')
  return raw.body.toString('utf8')
}

describe(`compression and caching of the local cloud (${DATABASE_KIND})`, () => {
  let app: WebApp
  let base: string

  beforeAll(async () => {
    app = await startWebApp({
      'index.html': PAGE,
      'js/app.1234abcd.js': SCRIPT,
      'css/app.5678ef90.css': STYLE,
      'static/icon.png': Buffer.alloc(2048, 7),
      'static/notes.txt': 'unhashed '.repeat(200),
    })
    base = app.base
  })
  afterAll(() => app.close())

  it.each([
    ['br', 'gzip, deflate, br', 'br'],
    ['gzip', 'gzip, deflate', 'gzip'],
    ['none', '', undefined],
    ['br refused with q=0', 'br;q=0, gzip', 'gzip'],
  ])('answers build files, the page and JSON with %s when asked with "%s"', async (_label, accept, expected) => {
    const headers: Record<string, string> = accept ? { 'accept-encoding': accept } : {}
    const answers = {
      js: await rawRequest(base, '/js/app.1234abcd.js', headers),
      css: await rawRequest(base, '/css/app.5678ef90.css', headers),
      page: await rawRequest(base, '/pages/cart/index', headers),
      preview: await rawRequest(base, '/pages/home/index?storeId=demo', headers),
      svg: await rawRequest(base, '/files/demo/mug-1.svg', headers),
      json: await rawRequest(base, '/fn/catalog', { ...headers, 'content-type': 'application/json' }, 'POST', JSON.stringify({ action: 'listProducts', data: { storeId: 'demo', limit: 12 } })),
    }
    for (const [what, raw] of Object.entries(answers)) {
      expect([what, raw.status, raw.headers['content-encoding'], raw.headers.vary]).toEqual([what, 200, expected, 'accept-encoding'])
      expect(Number(raw.headers['content-length'])).toBe(raw.body.length)
    }
    expect(decode(answers.js)).toBe(SCRIPT)
    expect(decode(answers.css)).toBe(STYLE)
    expect(decode(answers.page)).toBe(PAGE)
    expect(decode(answers.preview)).toContain('<title>山野小店</title>')
    expect(decode(answers.svg)).toContain('<svg')
    expect(JSON.parse(decode(answers.json))).toMatchObject({ ok: true, data: { items: expect.any(Array) } })
    if (expected) expect(answers.js.body.length).toBeLessThan(SCRIPT.length / 5)
  })

  it('keeps the security headers on compressed answers', async () => {
    const page = await rawRequest(base, '/', { 'accept-encoding': 'br' })
    expect(page.headers['content-encoding']).toBe('br')
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/)
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    const json = await rawRequest(base, '/fn/catalog', { 'accept-encoding': 'br', 'content-type': 'application/json' }, 'POST', JSON.stringify({ action: 'listProducts', data: { limit: 12 } }))
    expect(json.headers['content-encoding']).toBe('br')
    expect(json.headers['content-security-policy']).toContain("default-src 'none'")
    expect(json.headers['cache-control']).toBe('no-store')
  })

  it('caches hashed build files for a year and makes the page and unhashed files revalidate', async () => {
    for (const file of ['/js/app.1234abcd.js', '/css/app.5678ef90.css']) {
      expect((await rawRequest(base, file)).headers['cache-control']).toBe('public, max-age=31536000, immutable')
    }
    for (const file of ['/', '/pages/product/index?id=x', '/static/icon.png', '/static/notes.txt']) {
      const first = await rawRequest(base, file, { 'accept-encoding': 'gzip' })
      expect([file, first.status, first.headers['cache-control']]).toEqual([file, 200, 'no-cache'])
      const again = await rawRequest(base, file, { 'accept-encoding': 'gzip', 'if-none-match': String(first.headers.etag) })
      expect([file, again.status, again.body.length]).toEqual([file, 304, 0])
    }
  })

  it('compresses a build file once per encoding, not on every request', async () => {
    writeFileSync(path.join(app.webRoot, 'js', 'once.9abc0def.js'), SCRIPT)
    const brotli = jest.spyOn(zlib, 'brotliCompressSync')
    const gzip = jest.spyOn(zlib, 'gzipSync')
    try {
      for (let i = 0; i < 3; i++) {
        expect((await rawRequest(base, '/js/once.9abc0def.js', { 'accept-encoding': 'br' })).headers['content-encoding']).toBe('br')
        expect((await rawRequest(base, '/js/once.9abc0def.js', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip')
      }
      expect([brotli.mock.calls.length, gzip.mock.calls.length]).toEqual([1, 1])
    } finally {
      brotli.mockRestore()
      gzip.mockRestore()
    }
  })

  it('sends images and small answers as they are', async () => {
    const png = await rawRequest(base, '/static/icon.png', { 'accept-encoding': 'br, gzip' })
    expect(png.headers['content-encoding']).toBeUndefined()
    expect(png.body.length).toBe(2048)
    const health = await rawRequest(base, '/health', { 'accept-encoding': 'br, gzip' })
    expect(health.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(health.body.toString())).toEqual({ ok: true, data: { status: 'ok' } })
  })
})

describe('negotiateEncoding', () => {
  it.each([
    ['br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip;q=1.0, br;q=0', 'gzip'],
    ['GZIP', 'gzip'],
    ['*', 'br'],
    ['*, br;q=0', 'gzip'],
    ['identity', null],
    ['deflate', null],
    ['', null],
    [undefined, null],
  ])('%j → %j', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected)
  })
})
