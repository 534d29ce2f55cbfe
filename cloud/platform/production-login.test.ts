import { localLogin } from './local/login'
import { productionLogin } from './production-login'

// A production server never lets a `dev:` code name an OPENID, unless a test started it with
// WECHAT_TWIN=1; real codes still go to code2Session.
describe('login in production', () => {
  const asked: string[] = []
  const wechat = { code2Session: async (code: string) => (asked.push(code), { openid: 'o-real' }) }

  it('refuses a dev: code before asking WeChat', async () => {
    await expect(productionLogin(wechat, { production: true }).code2Session('dev:shopper-a')).rejects.toMatchObject({ errcode: 40029 })
    await expect(productionLogin(localLogin(), { production: true }).code2Session('dev:shopper-a')).rejects.toMatchObject({ errcode: 40029 })
    expect(asked).toEqual([])
    await expect(productionLogin(wechat, { production: true }).code2Session('081abc')).resolves.toEqual({ openid: 'o-real' })
  })

  it('accepts it with WECHAT_TWIN=1 and in development', async () => {
    await expect(productionLogin(localLogin(), { production: true, wechatTwin: true }).code2Session('dev:shopper-a')).resolves.toEqual({ openid: 'shopper-a' })
    await expect(productionLogin(localLogin(), { production: false }).code2Session('dev:shopper-a')).resolves.toEqual({ openid: 'shopper-a' })
  })
})
