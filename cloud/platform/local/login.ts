// Local twin of code2Session: the code `dev:<openid>` logs in as that OPENID (DESIGN.md section
// 3), so H5, the tests and a production server started with WECHAT_TWIN=1 run the real login
// flow. Anything else is refused the way WeChat refuses a bad code (40029).
// Unlike WeChat's codes, a twin code can be used again: it names an identity, it is no secret.
import { LoginRefused, type LoginAdapter } from '../platform'

const TWIN_CODE = /^dev:([A-Za-z0-9_-]{1,64})$/

export function localLogin(): LoginAdapter {
  return {
    async code2Session(code) {
      const match = TWIN_CODE.exec(code)
      if (!match) throw new LoginRefused(40029, 'invalid code')
      return { openid: match[1] }
    },
  }
}
