import { utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DATABASE_KIND } from '../../tests/support/test-db'
import { INLINE_SCRIPT, rawRequest, startWebApp, type WebApp } from '../../tests/support/web-app'
import { parseRouteChunks } from './route-preloads'

const PAGE =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>小店</title>' +
  `<script>${INLINE_SCRIPT}</script><script defer="defer" src="/js/app.1234abcd.js"></script></head><body><div id="app"></div></body></html>`
const ROUTES = {
  '/pages/cart/index': ['css/7844.3484fc98.css', 'js/7844.d28c4245.js'],
  '/pages/home/index': ['js/1031.c0f748b2.js'],
}
const CART_TAGS =
  '<link rel="preload" href="/css/7844.3484fc98.css" as="style" fetchpriority="low">' +
  '<link rel="preload" href="/js/7844.d28c4245.js" as="script" fetchpriority="low">'

describe(`route chunk preloads in the served page (${DATABASE_KIND})`, () => {
  let app: WebApp

  beforeAll(async () => {
    app = await startWebApp({ 'index.html': PAGE, 'route-chunks.json': JSON.stringify(ROUTES) })
  })
  afterAll(() => app.close())

  it("writes a route's chunks at the end of <head>, leaving the inline script and so the CSP as built", async () => {
    const plain = await rawRequest(app.base, '/index.html')
    const cart = await rawRequest(app.base, '/pages/cart/index')
    expect(cart.status).toBe(200)
    expect(cart.body.toString('utf8')).toBe(PAGE.replace('</head>', `${CART_TAGS}</head>`))
    expect(cart.headers['content-security-policy']).toBe(plain.headers['content-security-policy'])
    expect(cart.headers.etag).not.toBe(plain.headers.etag)
  })

  it('serves a route the map does not name (or a made-up one) as built', async () => {
    for (const target of ['/pages/me/index', '/pages/cart', '/__proto__', '/constructor']) {
      const page = await rawRequest(app.base, target)
      expect([target, page.status, page.body.toString('utf8')]).toEqual([target, 200, PAGE])
    }
  })

  it('adds the preloads beside a link preview', async () => {
    const page = (await rawRequest(app.base, '/pages/home/index?storeId=demo')).body.toString('utf8')
    expect(page).toContain('<title>山野小店</title>')
    expect(page).toContain('<link rel="preload" href="/js/1031.c0f748b2.js" as="script" fetchpriority="low"></head>')
  })

  it('reads the map again after a rebuild', async () => {
    const file = path.join(app.webRoot, 'route-chunks.json')
    writeFileSync(file, JSON.stringify({ '/pages/me/index': ['js/2222.aaaabbbb.js'] }))
    utimesSync(file, new Date(), new Date(Date.now() + 5000))
    expect((await rawRequest(app.base, '/pages/me/index')).body.toString('utf8')).toContain('href="/js/2222.aaaabbbb.js"')
    expect((await rawRequest(app.base, '/pages/cart/index')).body.toString('utf8')).toBe(PAGE)
  })

  it('keeps only file names the build writes from the map', () => {
    expect(parseRouteChunks('not json')).toEqual({})
    expect(parseRouteChunks('[1]')).toEqual({})
    expect(parseRouteChunks(JSON.stringify({ '/a': ['js/1.abcdabcd.js', '"><script>', '../x.js', 3], '/b': 'js/2.js' }))).toEqual({ '/a': ['js/1.abcdabcd.js'] })
  })
})
