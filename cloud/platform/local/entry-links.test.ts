import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import QRCode from 'qrcode'
import { localCodeTarget, localEntryLinks, localEntryRoutes } from './entry-links'

// The twins refuse what WeChat refuses, and what they hand out works in a browser: the code
// picture is a real QR code of the equivalent link, the link redirects until it expires.
describe('local twins of wxacode, URL Link and URL Scheme', () => {
  let server: Server
  let base: string
  let clock = new Date()
  const publicUrl = () => base

  beforeAll(async () => {
    const routes = localEntryRoutes({ publicUrl, now: () => clock })
    server = createServer((req, res) => {
      const pathname = new URL(req.url ?? '/', 'http://x').pathname
      void Promise.resolve(routes(req, res, pathname)).then((served) => {
        if (!served) {
          res.writeHead(404)
          res.end()
        }
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
  beforeEach(() => {
    clock = new Date()
  })

  const links = () => localEntryLinks({ publicUrl, now: () => clock })

  it('serves a PNG that is the QR code of the page opened with its scene', async () => {
    const { image } = await links().createCode({ scene: 'p=Ab3dE6gH9k&c=Zx81LmN0pQ', page: 'pages/product/index' })
    const res = await fetch(base + image)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    const png = Buffer.from(await res.arrayBuffer())
    const target = localCodeTarget(base, 'p=Ab3dE6gH9k&c=Zx81LmN0pQ', 'pages/product/index')
    expect(target).toBe(`${base}/pages/product/index?scene=p%3DAb3dE6gH9k%26c%3DZx81LmN0pQ`)
    const expected = await QRCode.toBuffer(target, { type: 'png', width: 430, margin: 2, errorCorrectionLevel: 'M' })
    expect(png.equals(expected)).toBe(true)
    const other = await QRCode.toBuffer(`${target}x`, { type: 'png', width: 430, margin: 2, errorCorrectionLevel: 'M' })
    expect(png.equals(other)).toBe(false)
    // Three 430-pixel PNGs encoded in JavaScript: over jest's 5 s default on a busy 2-core machine.
  }, 30_000)

  it.each([
    ['a scene over 32 characters', { scene: 'p=' + 'a'.repeat(31), page: 'pages/home/index' }],
    ['a scene with characters WeChat refuses', { scene: 'p=春', page: 'pages/home/index' }],
    ['a scene with a percent sign', { scene: 'p=a%20b', page: 'pages/home/index' }],
    ['a page with a leading slash', { scene: 's=demo', page: '/pages/home/index' }],
    ['a page with a query', { scene: 's=demo', page: 'pages/home/index?x=1' }],
  ])('refuses a code for %s', async (_why, input) => {
    await expect(links().createCode(input)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' })
  })

  it('redirects a link to its page and query until it expires, then to the expired view', async () => {
    const expiresAt = new Date(clock.getTime() + 3_600_000)
    const { url } = await links().createUrlLink({ page: 'pages/product/index', query: { id: 'p1', src: 'weibo', campaign: '春季' }, expiresAt })
    expect(url.startsWith(`${base}/wxaurl/`)).toBe(true)
    const open = await fetch(url, { redirect: 'manual' })
    expect(open.status).toBe(302)
    expect(open.headers.get('location')).toBe('/pages/product/index?id=p1&src=weibo&campaign=%E6%98%A5%E5%AD%A3')
    clock = new Date(expiresAt.getTime() + 1000)
    const late = await fetch(url, { redirect: 'manual' })
    expect(late.headers.get('location')).toBe('/packages/entry/pages/landing/index?state=expired')
  })

  it('passes a custom parameter cq on to the page, as WeChat does, and nothing else', async () => {
    const expiresAt = new Date(clock.getTime() + 3_600_000)
    const { url } = await links().createUrlLink({ page: 'pages/product/index', query: { id: 'p1', src: 'weibo' }, expiresAt })
    const open = await fetch(`${url}?cq=Ab3dE6gH9kLm&x=1`, { redirect: 'manual' })
    expect(open.headers.get('location')).toBe('/pages/product/index?id=p1&src=weibo&cq=Ab3dE6gH9kLm')
    const odd = await fetch(`${url}?cq=${encodeURIComponent('a&src=ad')}`, { redirect: 'manual' })
    expect(odd.headers.get('location')).toBe('/pages/product/index?id=p1&src=weibo')
  })

  it('sends a forged or broken link to the invalid view, never elsewhere', async () => {
    const forged = Buffer.from(JSON.stringify({ page: '/evil.example.com', query: '', expires: 9e9 })).toString('base64url')
    for (const token of [forged, 'not-a-token', Buffer.from('[]').toString('base64url')]) {
      const res = await fetch(`${base}/wxaurl/${token}`, { redirect: 'manual' })
      expect(res.headers.get('location')).toBe('/packages/entry/pages/landing/index?state=invalid')
    }
  })

  it.each([
    ['less than a minute away', 30_000],
    ['more than 30 days away', 30 * 86_400_000 + 60_000],
    ['in the past', -1],
  ])('refuses a link expiring %s', async (_why, ahead) => {
    const expiresAt = new Date(clock.getTime() + ahead)
    await expect(links().createUrlLink({ page: 'pages/home/index', query: {}, expiresAt })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' })
    await expect(links().createUrlScheme({ page: 'pages/home/index', query: {}, expiresAt })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' })
  })

  it('refuses a query over 1024 characters', async () => {
    const expiresAt = new Date(clock.getTime() + 86_400_000)
    await expect(links().createUrlLink({ page: 'pages/home/index', query: { q: '长'.repeat(200) }, expiresAt })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' })
  })

  it('names the web base for landing pages', () => {
    expect(links().webBase()).toBe(base)
  })
})
