// code2Session (WECHAT-API.md section 10) for the self-hosted server: a wx.login code becomes
// the user's OPENID. It is a plain HTTPS call with the Mini Program's appid and secret (there is
// no wx-server-sdk equivalent: inside WeChat Cloud the platform hands us the OPENID itself).
// session_key is read and dropped: nothing we do needs it, and it must never reach the client.
import { LoginRefused, type LoginAdapter } from '../platform'

export interface WechatCredentials {
  appid: string
  secret: string
}

export const CODE2SESSION_URL = 'https://api.weixin.qq.com/sns/jscode2session'

/** WECHAT_APPID and WECHAT_SECRET, or null when either is missing. */
export function wechatCredentialsFromEnv(env: Record<string, string | undefined>): WechatCredentials | null {
  const appid = env.WECHAT_APPID?.trim()
  const secret = env.WECHAT_SECRET?.trim()
  return appid && secret ? { appid, secret } : null
}

type Fetch = (url: string, init: { signal: AbortSignal }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>

export function wechatLogin(credentials: WechatCredentials | null, request: Fetch = fetch, timeoutMs = 5000): LoginAdapter {
  return {
    async code2Session(code) {
      // 41002 is WeChat's own "appid missing": the deployment is incomplete, not the user's fault.
      if (!credentials) throw new LoginRefused(41002, 'WECHAT_APPID / WECHAT_SECRET not configured')
      const url = new URL(CODE2SESSION_URL)
      url.searchParams.set('appid', credentials.appid)
      url.searchParams.set('secret', credentials.secret)
      url.searchParams.set('js_code', code)
      url.searchParams.set('grant_type', 'authorization_code')
      let body: { openid?: unknown; unionid?: unknown; errcode?: unknown; errmsg?: unknown }
      try {
        const res = await request(url.toString(), { signal: AbortSignal.timeout(timeoutMs) })
        if (!res.ok) throw new Error(`HTTP ${res.status}`)
        body = (await res.json()) as typeof body
      } catch (error) {
        // Unreachable or garbled: the same answer WeChat gives when it is busy.
        throw new LoginRefused(-1, `code2Session unreachable: ${error instanceof Error ? error.message : String(error)}`)
      }
      const errcode = Number(body?.errcode ?? 0)
      if (errcode !== 0) throw new LoginRefused(errcode, String(body.errmsg ?? ''))
      if (typeof body.openid !== 'string' || body.openid === '') throw new LoginRefused(-1, 'code2Session answered without openid')
      return typeof body.unionid === 'string' && body.unionid ? { openid: body.openid, unionid: body.unionid } : { openid: body.openid }
    },
  }
}
