import {
  decodeScene,
  encodeScene,
  isBrowseOnly,
  linkQuery,
  MAX_SCENE_LENGTH,
  normalizeCampaign,
  pageIds,
  parseLaunch,
  parseQueryString,
  sharePath,
  shareQuery,
  toQueryString,
  type CodeTarget,
  type LaunchOptions,
} from './entry-codec'
import type { Entry } from './entry'

/** Parses with a warning collector; the default logger would only add noise to the output. */
function parse(options: LaunchOptions | null | undefined): { entry: Entry; warnings: string[] } {
  const warnings: string[] = []
  const entry = parseLaunch(options, (message) => warnings.push(message))
  return { entry, warnings }
}

const SCENE_ALPHABET = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/

describe('every scene of DESIGN.md section 4', () => {
  it.each([
    [1011, 'qr'],
    [1012, 'qr'],
    [1013, 'qr'],
    [1047, 'wxacode'],
    [1048, 'wxacode'],
    [1049, 'wxacode'],
    [1007, 'share'],
    [1008, 'share'],
    [1154, 'moments'],
    [1155, 'moments'],
    [1065, 'link'],
    [1194, 'link'],
    [1167, 'link'],
  ])('scene %i is %s', (scene, source) => {
    const { entry, warnings } = parse({ scene, path: 'pages/home/index', query: {} })
    expect(entry).toEqual({ source, scene })
    expect(warnings).toEqual([])
  })

  it.each([
    ['gdt_vid', 'wx0ewdxnh7fslxtu00'],
    ['weixinadinfo', '123456.wx0ewdxnh7fslxtu00.0.1'],
  ])('an ad click id (%s) makes it an ad, whatever the scene', (key, value) => {
    for (const scene of [1001, 1045, 1084, 1047]) {
      const { entry } = parse({ scene, path: 'pages/product/index', query: { id: 'p1', [key]: value } })
      expect(entry).toEqual({ source: 'ad', scene, productId: 'p1', clickId: value })
    }
  })

  it('the ad click id wins over src', () => {
    expect(parse({ scene: 1045, query: { gdt_vid: 'abc', src: 'weibo' } }).entry.source).toBe('ad')
  })

  it.each([1001, 1089, 1023, 1037, 1038])('unlisted scene %i is direct', (scene) => {
    expect(parse({ scene, query: {} }).entry).toEqual({ source: 'direct', scene })
  })

  it.each([
    [1005, 'search'],
    [1053, 'search'],
    [1044, 'share'],
    [1045, 'ad'],
  ])('scene %i is %s', (scene, source) => {
    expect(parse({ scene }).entry.source).toBe(source)
  })
})

describe('the src query parameter', () => {
  it('wins over the scene number: a Weibo URL Link arrives as 1194 with src=weibo', () => {
    const { entry } = parse({
      scene: 1194,
      path: 'pages/product/index',
      query: { id: 'Ab3dE6gH9k', src: 'weibo', campaign: 'spring', c: 'Zx81LmN0pQ' },
    })
    expect(entry).toEqual({ source: 'weibo', scene: 1194, productId: 'Ab3dE6gH9k', campaign: 'spring', code: 'Zx81LmN0pQ' })
  })

  it('names a live room: src=live&room=ID', () => {
    const { entry } = parse({ scene: 1001, path: 'packages/live/pages/index/index', query: { src: 'live', room: 'r1', storeId: 's1' } })
    expect(entry).toEqual({ source: 'live', scene: 1001, roomId: 'r1', storeId: 's1' })
  })

  it('an unknown src is ignored with a warning and the scene decides', () => {
    const { entry, warnings } = parse({ scene: 1007, query: { src: 'tiktok' } })
    expect(entry.source).toBe('share')
    expect(warnings).toHaveLength(1)
  })

  it('a share path carries the sharer', () => {
    const { entry } = parse({ scene: 1008, path: '/pages/product/index', query: { id: 'p1', src: 'share', sharer: 'o-abc_123' } })
    expect(entry).toEqual({ source: 'share', scene: 1008, productId: 'p1', sharer: 'o-abc_123' })
  })
})

describe('a Mini Program code scene', () => {
  const targets: Array<CodeTarget> = [
    { kind: 'product', productId: 'Ab3dE6gH9k' },
    { kind: 'store', storeId: 'demo' },
    { kind: 'room', roomId: 'R0oM_12-xy' },
  ]

  it.each(targets)('round-trips for a $kind through the platform encoding', (target) => {
    const scene = encodeScene(target, 'Zx81LmN0pQ')!
    expect(scene.length).toBeLessThanOrEqual(MAX_SCENE_LENGTH)
    expect(scene).toMatch(SCENE_ALPHABET)
    expect(decodeURIComponent(scene)).toBe(scene)
    const { entry, warnings } = parse({ scene: 1047, path: 'pages/home/index', query: { scene: encodeURIComponent(scene) } })
    expect(warnings).toEqual([])
    expect(entry.source).toBe('wxacode')
    expect(entry.code).toBe('Zx81LmN0pQ')
    const id = target.kind === 'product' ? target.productId : target.kind === 'room' ? target.roomId : target.storeId
    expect([entry.productId, entry.roomId, entry.storeId]).toContain(id)
  })

  it('reads a scene that arrives already decoded, or encoded twice', () => {
    const scene = encodeScene({ kind: 'product', productId: 'p1' }, 'c1')!
    for (const raw of [scene, encodeURIComponent(scene), encodeURIComponent(encodeURIComponent(scene))]) {
      expect(parse({ scene: 1048, query: { scene: raw } }).entry).toEqual({ source: 'wxacode', scene: 1048, productId: 'p1', code: 'c1' })
    }
  })

  it('is a wxacode entry on H5, where the local code twin opens it without a scene number', () => {
    expect(parse({ query: { scene: 's=demo&c=x' } }).entry).toEqual({ source: 'wxacode', storeId: 'demo', code: 'x' })
  })

  it('fits 32 characters with 10-character ids, and refuses what would not fit', () => {
    expect(encodeScene({ kind: 'product', productId: 'a'.repeat(10) }, 'b'.repeat(10))).toHaveLength(25)
    expect(encodeScene({ kind: 'product', productId: 'a'.repeat(20) }, 'b'.repeat(10))).toBeNull()
    expect(encodeScene({ kind: 'product', productId: 'bad id' })).toBeNull()
  })

  it.each([
    ['over-long', 'p=' + 'a'.repeat(31)],
    ['bad percent-encoding', 'p%3Dab%E0%A4%A'],
    ['a lone percent sign', '%'],
    ['an unknown key', 'p=abc&x=1'],
    ['a duplicated key', 'p=abc&p=def'],
    ['no object', 'c=abc'],
    ['two objects', 'p=abc&s=def'],
    ['an empty value', 'p='],
    ['no key at all', 'abc'],
    ['a bad id', 'p=a.b'],
    ['an empty scene', ''],
    ['a prototype key', '__proto__=x'],
    ['something still encoded after two rounds', '%25253D'],
  ])('%s → direct with a warning, never a throw', (_why, raw) => {
    const { entry, warnings } = parse({ scene: 1047, path: 'pages/product/index', query: { scene: raw, id: 'p1', src: 'weibo', campaign: 'x' } })
    expect(entry).toEqual({ source: 'direct', scene: 1047 })
    expect(warnings).toHaveLength(1)
  })

  it('decodeScene names what is wrong', () => {
    expect(decodeScene('p=abc&zz=1')).toEqual({ ok: false, reason: expect.stringContaining('zz') })
    expect(decodeScene('p=abc')).toEqual({ ok: true, target: { productId: 'abc' } })
  })
})

describe('malformed launch options never throw', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an empty object', {}],
    ['a string scene', { scene: '1047' }],
    ['a query that is a string', { scene: 1007, query: 'id=1' }],
    ['a query that is an array', { query: ['a'] }],
    ['values that are objects', { query: { id: { nested: true }, storeId: null } }],
    ['a path that is a number', { path: 42, query: { id: 'p1' } }],
    ['referrerInfo without extraData', { referrerInfo: { appId: 'wx1' } }],
    ['referrerInfo that is a string', { referrerInfo: 'x' }],
  ])('%s', (_why, options) => {
    expect(() => parse(options as LaunchOptions)).not.toThrow()
    expect(parse(options as LaunchOptions).entry.source).toMatch(/^(direct|share|wxacode)$/)
  })

  it('a scene number out of range is dropped with a warning', () => {
    for (const scene of [-1, 12, 1.5, 'abc', 99999]) {
      const { entry, warnings } = parse({ scene })
      expect(entry).toEqual({ source: 'direct' })
      expect(warnings).toHaveLength(1)
    }
  })

  it('keeps a numeric string scene', () => {
    expect(parse({ scene: '1047' }).entry).toEqual({ source: 'wxacode', scene: 1047 })
  })

  it('drops bad ids, campaigns and sharers with a warning and keeps the rest', () => {
    const { entry, warnings } = parse({
      scene: 1007,
      path: 'pages/product/index',
      query: { id: "p1' or 1=1", storeId: 's1', campaign: 'x'.repeat(21), sharer: 'a b' },
    })
    expect(entry).toEqual({ source: 'share', scene: 1007, storeId: 's1' })
    expect(warnings).toHaveLength(3)
  })

  it('reads `id` as the product only on the product page', () => {
    expect(parse({ path: 'pages/home/index', query: { id: 'x' } }).entry.productId).toBeUndefined()
    expect(parse({ path: 'pages/product/index.html', query: { id: 'x' } }).entry.productId).toBe('x')
  })

  it('takes attribution keys from another Mini Program’s extraData, the query winning', () => {
    const { entry } = parse({
      scene: 1037,
      query: { campaign: '春季' },
      referrerInfo: { appId: 'wx123', extraData: { src: 'live', roomId: 'r9', campaign: 'other', junk: 'x' } },
    })
    expect(entry).toEqual({ source: 'live', scene: 1037, roomId: 'r9', campaign: '春季' })
  })
})

describe('single-page mode', () => {
  it('is scene 1154 or apiCategory browseOnly', () => {
    expect(isBrowseOnly({ scene: 1154 })).toBe(true)
    expect(isBrowseOnly({ scene: '1154' })).toBe(true)
    expect(isBrowseOnly({ scene: 1001, apiCategory: 'browseOnly' })).toBe(true)
    expect(isBrowseOnly({ scene: 1155 })).toBe(false)
    expect(isBrowseOnly({ scene: 1001, apiCategory: 'default' })).toBe(false)
    expect(isBrowseOnly(undefined)).toBe(false)
  })
})

describe('share paths and link queries', () => {
  it('a share card path starts with "/" and names the sharer', () => {
    const path = sharePath({ kind: 'product', productId: 'p1' }, 'o-sharer')
    expect(path).toBe('/pages/product/index?id=p1&src=share&sharer=o-sharer')
    const [page, qs] = path.split('?')
    expect(parse({ scene: 1007, path: page, query: parseQueryString(qs) }).entry).toEqual({
      source: 'share',
      scene: 1007,
      productId: 'p1',
      sharer: 'o-sharer',
    })
  })

  it('a Moments query reads back as moments, and a topic keeps its Chinese tag', () => {
    const query = shareQuery({ kind: 'topic', tag: '手作', storeId: 'demo' }, 'moments', null)
    expect(query).toEqual({ tag: '手作', storeId: 'demo', src: 'moments' })
    const qs = toQueryString(query)
    expect(qs).toMatch(/^[A-Za-z0-9%=&._~-]+$/)
    expect(parseQueryString(qs)).toEqual(query)
    expect(parse({ scene: 1154, path: 'pages/topic/index', query: parseQueryString(qs) }).entry).toEqual({
      source: 'moments',
      scene: 1154,
      storeId: 'demo',
    })
  })

  it('a Weibo link query names the source, campaign and link', () => {
    const query = linkQuery({ kind: 'product', productId: 'p1' }, { channel: 'weibo', campaign: '春季上新', code: 'k1' })
    expect(query).toEqual({ id: 'p1', src: 'weibo', campaign: '春季上新', c: 'k1' })
    expect(linkQuery({ kind: 'store', storeId: 's1' }, { channel: 'web', code: 'k2' })).toEqual({ storeId: 's1', src: 'link', c: 'k2' })
  })

  it('a post share reads back with its store, from a friend and from Moments', () => {
    const path = sharePath({ kind: 'post', postId: 'po1', storeId: 'demo' }, 'o-sharer')
    expect(path).toBe('/packages/post/pages/detail/index?postId=po1&storeId=demo&src=share&sharer=o-sharer')
    const [page, qs] = path.split('?')
    expect(parse({ scene: 1007, path: page, query: parseQueryString(qs) }).entry).toEqual({
      source: 'share',
      scene: 1007,
      storeId: 'demo',
      sharer: 'o-sharer',
    })
    const moments = shareQuery({ kind: 'post', postId: 'po1', storeId: 'demo' }, 'moments', null)
    expect(parseQueryString(toQueryString(moments))).toEqual(moments)
    expect(parse({ scene: 1154, path: 'packages/post/pages/detail/index', query: moments }).entry).toEqual({ source: 'moments', scene: 1154, storeId: 'demo' })
  })

  it('parseQueryString survives bad encoding', () => {
    expect(parseQueryString('?a=1&b=%E0%A4%A&c=%E6%98%A5&d')).toEqual({ a: '1', c: '春', d: '' })
  })
})

describe('pageIds', () => {
  it('reads plain parameters and packed scenes alike', () => {
    expect(pageIds({ id: 'p1' })).toEqual({ storeId: undefined, productId: 'p1', roomId: undefined })
    expect(pageIds({ storeId: 's1' })).toMatchObject({ storeId: 's1' })
    expect(pageIds({ scene: encodeURIComponent('p=p2&c=k') })).toEqual({ storeId: undefined, productId: 'p2', roomId: undefined })
    expect(pageIds({ scene: 'nonsense' })).toEqual({})
    expect(pageIds({ id: '../../etc' })).toMatchObject({ productId: undefined })
  })
})

describe('normalizeCampaign', () => {
  it('trims, folds width and refuses what cannot be a campaign name', () => {
    expect(normalizeCampaign('  门店  收银台 ')).toBe('门店 收银台')
    expect(normalizeCampaign('ｓｐｒｉｎｇ')).toBe('spring')
    expect(normalizeCampaign('')).toBeNull()
    expect(normalizeCampaign('a'.repeat(21))).toBeNull()
    expect(normalizeCampaign('a\u0000b')).toBeNull()
    expect(normalizeCampaign('a\u202eb')).toBeNull()
  })
})
