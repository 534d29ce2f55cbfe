// In production a `dev:` code (the login twin's, which names an OPENID outright) is refused
// before anything else sees it, unless the server was started with WECHAT_TWIN=1 for tests.
import { LoginRefused, type LoginAdapter } from './platform'

export function productionLogin(login: LoginAdapter, options: { production: boolean; wechatTwin?: boolean }): LoginAdapter {
  if (!options.production || options.wechatTwin) return login
  return {
    async code2Session(code) {
      if (code.startsWith('dev:')) throw new LoginRefused(40029, 'invalid code')
      return login.code2Session(code)
    },
  }
}
