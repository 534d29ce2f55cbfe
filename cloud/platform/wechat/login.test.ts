// The code2Session adapter against a stand-in for WeChat's HTTPS endpoint (the only test
// double: the network boundary). Answers are WeChat's documented shapes (WECHAT-API.md §10).
import { LoginRefused } from '../platform'
import { localLogin } from '../local/login'
import { CODE2SESSION_URL, wechatCredentialsFromEnv, wechatLogin } from './login'

const credentials = { appid: 'wx0123456789abcdef', secret: 'the-secret' }

function wechatAnswering(body: unknown, status = 200) {
  const urls: string[] = []
  const request = async (url: string) => {
    urls.push(url)
    return { ok: status === 200, status, json: async () => body }
  }
  return { urls, request }
}

async function refusal(promise: Promise<unknown>): Promise<LoginRefused> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(LoginRefused)
    return error as LoginRefused
  }
  throw new Error('expected code2Session to refuse')
}

describe('wechatLogin (code2Session over HTTPS)', () => {
  it('asks jscode2session with the appid, secret and code, and returns the openid without the session_key', async () => {
    const wechat = wechatAnswering({ openid: 'oUser123', session_key: 'sk==', unionid: 'uUnion' })
    const who = await wechatLogin(credentials, wechat.request).code2Session('0a1B2c&x=1')
    expect(who).toEqual({ openid: 'oUser123', unionid: 'uUnion' })
    const url = new URL(wechat.urls[0])
    expect(`${url.origin}${url.pathname}`).toBe(CODE2SESSION_URL)
    expect(Object.fromEntries(url.searchParams)).toEqual({
      appid: credentials.appid,
      secret: credentials.secret,
      js_code: '0a1B2c&x=1',
      grant_type: 'authorization_code',
    })
  })

  it('leaves unionid out when WeChat gives none', async () => {
    const wechat = wechatAnswering({ openid: 'oUser123', session_key: 'sk==' })
    expect(await wechatLogin(credentials, wechat.request).code2Session('c')).toEqual({ openid: 'oUser123' })
  })

  it.each([
    [40029, 'invalid code'],
    [40163, 'code been used'],
    [45011, 'api minute-quota reach limit'],
    [40226, 'high risk user'],
    [-1, 'system error'],
  ])('throws errcode %i as LoginRefused', async (errcode, errmsg) => {
    const wechat = wechatAnswering({ errcode, errmsg })
    const error = await refusal(wechatLogin(credentials, wechat.request).code2Session('c'))
    expect([error.errcode, error.errmsg]).toEqual([errcode, errmsg])
  })

  it('treats an unreachable or garbled WeChat as busy (-1)', async () => {
    const down = async () => {
      throw new Error('getaddrinfo ENOTFOUND')
    }
    expect((await refusal(wechatLogin(credentials, down).code2Session('c'))).errcode).toBe(-1)
    expect((await refusal(wechatLogin(credentials, wechatAnswering({}, 502).request).code2Session('c'))).errcode).toBe(-1)
    expect((await refusal(wechatLogin(credentials, wechatAnswering({ errcode: 0 }).request).code2Session('c'))).errcode).toBe(-1)
  })

  it('refuses without calling WeChat when the appid or secret is missing', async () => {
    const wechat = wechatAnswering({ openid: 'x' })
    expect((await refusal(wechatLogin(null, wechat.request).code2Session('c'))).errcode).toBe(41002)
    expect(wechat.urls).toEqual([])
  })

  it('reads the credentials from the environment only when both are set', () => {
    expect(wechatCredentialsFromEnv({ WECHAT_APPID: ' wx1 ', WECHAT_SECRET: 's' })).toEqual({ appid: 'wx1', secret: 's' })
    expect(wechatCredentialsFromEnv({ WECHAT_APPID: 'wx1' })).toBeNull()
    expect(wechatCredentialsFromEnv({ WECHAT_APPID: 'wx1', WECHAT_SECRET: '' })).toBeNull()
  })
})

describe('localLogin (the twin)', () => {
  it('logs `dev:<openid>` in as that OPENID and refuses anything else like WeChat does (40029)', async () => {
    expect(await localLogin().code2Session('dev:shopper-a')).toEqual({ openid: 'shopper-a' })
    for (const code of ['shopper-a', 'dev:', 'dev:a b', `dev:${'x'.repeat(65)}`, '0a1B2c']) {
      expect((await refusal(localLogin().code2Session(code))).errcode).toBe(40029)
    }
  })
})
