import { createHash } from 'node:crypto'
import { DATABASE_KIND } from '../../tests/support/test-db'
import { INLINE_SCRIPT, startWebApp, type WebApp } from '../../tests/support/web-app'
import { inlineScriptHashes } from './security-headers'

const PAGE = `<!doctype html><html><head><title>小店</title><script>${INLINE_SCRIPT}</script><script defer="defer" src="/js/app.1234abcd.js"></script></head><body><div id="app"></div></body></html>`

/** The policy's directives by name. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  )
}

describe(`security headers of the local cloud (${DATABASE_KIND})`, () => {
  let app: WebApp
  let base: string

  beforeAll(async () => {
    app = await startWebApp({ 'index.html': PAGE, 'js/app.1234abcd.js': 'console.log(1)' })
    base = app.base
  })
  afterAll(() => app.close())

  it('serves the storefront page with a CSP that allows only its own scripts and its inline snippet by hash', async () => {
    for (const url of [`${base}/`, `${base}/pages/home/index?storeId=demo`]) {
      const res = await fetch(url)
      expect(res.headers.get('content-type')).toContain('text/html')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      const csp = directives(res.headers.get('content-security-policy'))
      const hash = `'sha256-${createHash('sha256').update(INLINE_SCRIPT).digest('base64')}'`
      expect(csp.get('script-src')).toEqual(["'self'", hash])
      expect(csp.get('object-src')).toEqual(["'none'"])
      expect(csp.get('base-uri')).toEqual(["'self'"])
      expect(csp.get('frame-ancestors')).toEqual(["'none'"])
      expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https:'])
      expect(csp.get('connect-src')).toEqual(["'self'", 'blob:'])
      expect(csp.get('default-src')).toEqual(["'self'"])
      // Inline event handlers and injected <script> never run: no 'unsafe-inline' or eval for scripts.
      expect(csp.get('script-src')!.some((source) => /unsafe/.test(source))).toBe(false)
    }
  })

  it('marks the build files and demo photos nosniff, and sandboxes SVG documents', async () => {
    const js = await fetch(`${base}/js/app.1234abcd.js`)
    expect(js.headers.get('x-content-type-options')).toBe('nosniff')
    const svg = await fetch(`${base}/files/demo/mug-1.svg`)
    expect(svg.status).toBe(200)
    expect(svg.headers.get('x-content-type-options')).toBe('nosniff')
    expect(directives(svg.headers.get('content-security-policy')).get('default-src')).toEqual(["'none'"])
    expect(directives(svg.headers.get('content-security-policy')).has('sandbox')).toBe(true)
  })

  it('answers API calls, failures and unknown paths with nosniff and a policy that loads nothing', async () => {
    const answers = [
      await fetch(`${base}/fn/catalog`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'listProducts', data: { limit: 1 } }) }),
      await fetch(`${base}/fn/catalog`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
      await fetch(`${base}/nothing.js`),
      await fetch(`${base}/health`),
    ]
    expect(answers.map((res) => res.status)).toEqual([200, 400, 404, 200])
    for (const res of answers) {
      expect(res.headers.get('content-type')).toContain('application/json')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      const csp = directives(res.headers.get('content-security-policy'))
      expect(csp.get('default-src')).toEqual(["'none'"])
      expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    }
  })
})

describe('inlineScriptHashes', () => {
  it('hashes inline scripts only, byte for byte as browsers do', () => {
    const html = `<script>a()</script><script src="/x.js"></script><SCRIPT type="text/javascript">\n  b("小店")\n</SCRIPT>`
    const sha = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('\n  b("小店")\n')])
    expect(inlineScriptHashes('<p>no scripts</p>')).toEqual([])
  })
})
