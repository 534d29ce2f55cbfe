// API_BASE is read when the module loads, so each case loads a fresh copy with its own env.
type Config = typeof import('./config')

function loadConfig(api: string | undefined): Config {
  const before = process.env.TARO_APP_API
  if (api === undefined) delete process.env.TARO_APP_API
  else process.env.TARO_APP_API = api
  let config: Config | undefined
  jest.isolateModules(() => {
    config = require('./config') as Config
  })
  if (before === undefined) delete process.env.TARO_APP_API
  else process.env.TARO_APP_API = before
  return config!
}

describe('assetUrl: usable URLs pass through', () => {
  const { assetUrl } = loadConfig('http://localhost:3000')

  it.each([
    'https://cdn.example.com/a.png',
    'http://example.com/files/a.png',
    'cloud://env-1.7a2b/products/a.png',
    'data:image/svg+xml;base64,PHN2Zy8+',
    'wxfile://tmp_abc.jpg',
  ])('keeps %s', (url) => {
    expect(assetUrl(url)).toBe(url)
  })

  it('keeps an empty path empty', () => {
    expect(assetUrl('')).toBe('')
  })
})

describe('assetUrl: stored paths get the API base', () => {
  it('prefixes a stored path with TARO_APP_API', () => {
    expect(loadConfig('http://localhost:3000').assetUrl('/files/demo/mug-1.svg')).toBe(
      'http://localhost:3000/files/demo/mug-1.svg',
    )
  })

  it('adds the slash a relative path lacks', () => {
    expect(loadConfig('http://localhost:3000').assetUrl('files/a.svg')).toBe('http://localhost:3000/files/a.svg')
  })

  it('drops trailing slashes of the base', () => {
    const config = loadConfig('https://api.example.com/xd//')
    expect(config.API_BASE).toBe('https://api.example.com/xd')
    expect(config.assetUrl('/files/a.svg')).toBe('https://api.example.com/xd/files/a.svg')
  })

  it('uses the page’s own origin when no base is set', () => {
    const config = loadConfig(undefined)
    expect(config.API_BASE).toBe('')
    expect(config.assetUrl('/files/a.svg')).toBe('/files/a.svg')
    expect(config.assetUrl('files/a.svg')).toBe('/files/a.svg')
  })
})
