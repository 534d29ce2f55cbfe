import { AppError } from '../../../src/domain/errors'
import { wechatEntryLinks } from './entry-links'
import type { WxCloud } from './sdk'

// wx-server-sdk is the boundary: a recording double stands in for it, answering the shapes of
// WECHAT-API.md sections 2 and 3 (keys as the SDK returns them, errors thrown with errCode).
function fakeCloud(answers: Record<string, (data: any) => unknown>) {
  const calls: Array<{ api: string; data: any }> = []
  const api = (name: string) => async (data: any) => {
    calls.push({ api: name, data })
    return answers[name](data)
  }
  const cloud = {
    openapi: {
      wxacode: { getUnlimited: api('wxacode.getUnlimited') },
      urllink: { generate: api('urllink.generate') },
      urlscheme: { generate: api('urlscheme.generate') },
    },
    uploadFile: api('uploadFile'),
  } as unknown as WxCloud
  return { cloud, calls }
}

const wxError = (errCode: number) => Object.assign(new Error(`errcode ${errCode}`), { errCode })

describe('WeChat adapter for codes and links', () => {
  it('makes a code with getUnlimited and stores it in cloud storage, named after page and scene', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47])
    const { cloud, calls } = fakeCloud({
      'wxacode.getUnlimited': () => ({ contentType: 'image/png', buffer: png, errCode: 0 }),
      uploadFile: (data) => ({ fileID: `cloud://env.123/${data.cloudPath}` }),
    })
    const { image } = await wechatEntryLinks(cloud, {}).createCode({ scene: 'p=a&c=b', page: 'pages/product/index' })
    expect(calls[0]).toEqual({
      api: 'wxacode.getUnlimited',
      data: { scene: 'p=a&c=b', page: 'pages/product/index', checkPath: true, envVersion: 'release', width: 430 },
    })
    expect(calls[1].data.fileContent).toBe(png)
    expect(calls[1].data.cloudPath).toMatch(/^wxacode\/[0-9a-f]{40}\.png$/)
    expect(image).toBe(`cloud://env.123/${calls[1].data.cloudPath}`)
  })

  it('does not check the page for trial and develop versions', async () => {
    const { cloud, calls } = fakeCloud({
      'wxacode.getUnlimited': () => ({ buffer: Buffer.from('x') }),
      uploadFile: () => ({ fileID: 'cloud://f' }),
    })
    await wechatEntryLinks(cloud, { WECHAT_ENV_VERSION: 'trial' }).createCode({ scene: 's=a', page: 'pages/home/index' })
    expect(calls[0].data).toMatchObject({ checkPath: false, envVersion: 'trial' })
  })

  it('makes a URL Link and a URL Scheme expiring at the given time, the query as a string', async () => {
    const { cloud, calls } = fakeCloud({
      'urllink.generate': () => ({ urlLink: 'https://wxaurl.cn/abc', errCode: 0, errMsg: 'openapi.urllink.generate:ok' }),
      'urlscheme.generate': () => ({ openlink: 'weixin://dl/business/?t=xyz', errCode: 0 }),
    })
    const links = wechatEntryLinks(cloud, { H5_BASE_URL: 'https://shop.example.com/' })
    const expiresAt = new Date('2026-12-01T00:00:00Z')
    const query = { id: 'p1', src: 'weibo', campaign: '春季' }
    expect(await links.createUrlLink({ page: 'pages/product/index', query, expiresAt })).toEqual({ url: 'https://wxaurl.cn/abc' })
    expect(await links.createUrlScheme({ page: 'pages/product/index', query, expiresAt })).toEqual({ openlink: 'weixin://dl/business/?t=xyz' })
    const qs = 'id=p1&src=weibo&campaign=%E6%98%A5%E5%AD%A3'
    expect(calls[0].data).toEqual({ path: '/pages/product/index', query: qs, envVersion: 'release', expireType: 0, expireTime: 1796083200 })
    expect(calls[1].data).toEqual({ jumpWxa: { path: '/pages/product/index', query: qs, envVersion: 'release' }, expireType: 0, expireTime: 1796083200 })
    expect(links.webBase()).toBe('https://shop.example.com')
    expect(wechatEntryLinks(cloud, {}).webBase()).toBeNull()
  })

  it.each([
    [45009, 'RATE_LIMITED'],
    [41030, 'VALIDATION_FAILED'],
    [40169, 'VALIDATION_FAILED'],
    [85401, 'VALIDATION_FAILED'],
    [-1, 'INTERNAL'],
  ])('turns errcode %i into %s', async (errCode, code) => {
    const { cloud } = fakeCloud({ 'wxacode.getUnlimited': () => Promise.reject(wxError(errCode)) })
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const failure = await wechatEntryLinks(cloud, {}).createCode({ scene: 's=a', page: 'pages/home/index' }).catch((e) => e)
    error.mockRestore()
    expect(failure).toBeInstanceOf(AppError)
    expect(failure).toMatchObject({ code, details: { errCode } })
  })

  it('is INTERNAL when the answer lacks what was asked for', async () => {
    const { cloud } = fakeCloud({ 'urllink.generate': () => ({ errCode: 0 }) })
    const expiresAt = new Date(Date.now() + 86_400_000)
    await expect(wechatEntryLinks(cloud, {}).createUrlLink({ page: 'pages/home/index', query: {}, expiresAt })).rejects.toMatchObject({ code: 'INTERNAL' })
  })
})
