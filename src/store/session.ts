// Who this device acts as. On H5 in development a person picks a local identity (kept on the
// device) so one window can be the merchant and another a shopper; it travels as x-openid.
// A build that needs a session (H5 production) logs in on first use and keeps the token on the
// device; weapp needs none, WeChat identifies every cloud call.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { isSessionLive } from '@/domain/account'
import { setIdentityProvider, setSessionKeeper, type Identity, type LoginCall } from '@/services/identity'
import { loginCode, needsSession } from '@/services/wechat-login'
import { taroStorage } from './taro-storage'

/** Identities offered by the picker; any other id can be typed in. */
export const DEV_IDENTITIES = [
  { openid: 'demo-merchant', label: '店主（山野小店）' },
  { openid: 'shopper-a', label: '买家 A' },
  { openid: 'shopper-b', label: '买家 B' },
] as const

export const DEV_OPENID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

interface SessionState {
  /** The development identity (x-openid); in an H5 production build, the device's login id. */
  devOpenid: string
  token: string | null
  expiresAt: string | null
  setDevOpenid(openid: string): boolean
  setSession(token: string, expiresAt: string): void
  /** Forgets the session; `newDevice` also gives this device a fresh identity (logging out). */
  clearSession(options?: { newDevice?: boolean }): void
}

function randomShopperId(): string {
  return `shopper-${Math.random().toString(36).slice(2, 8)}`
}

export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      devOpenid: randomShopperId(),
      token: null,
      expiresAt: null,
      setDevOpenid(openid) {
        const trimmed = openid.trim()
        if (!DEV_OPENID_PATTERN.test(trimmed)) return false
        set({ devOpenid: trimmed })
        return true
      },
      setSession: (token, expiresAt) => set({ token, expiresAt }),
      clearSession: (options = {}) =>
        set(options.newDevice ? { token: null, expiresAt: null, devOpenid: randomShopperId() } : { token: null, expiresAt: null }),
    }),
    {
      name: 'xiaodian.session',
      version: 2,
      storage: createJSONStorage(() => taroStorage),
      partialize: (state) => ({ devOpenid: state.devOpenid, token: state.token, expiresAt: state.expiresAt }),
      // Version 1 kept only the development identity.
      migrate: (persisted) => {
        const old = (persisted ?? {}) as { devOpenid?: unknown }
        const devOpenid = typeof old.devOpenid === 'string' && DEV_OPENID_PATTERN.test(old.devOpenid) ? old.devOpenid : randomShopperId()
        return { devOpenid, token: null, expiresAt: null } as unknown as SessionState
      },
    },
  ),
)

// The local identity header is for development builds only; a build made with
// TARO_APP_DEV_IDENTITY=off sends none.
const sendDevIdentity = process.env.TARO_APP_DEV_IDENTITY !== 'off'

setIdentityProvider((): Identity => {
  const state = useSession.getState()
  if (sendDevIdentity) return { devOpenid: state.devOpenid }
  return isSessionLive(state, new Date()) && state.token ? { token: state.token } : {}
})

let loggingIn: Promise<boolean> | null = null

/** Logs in once however many calls are waiting; false when it did not work (then calls go anonymous). */
function logIn(login: LoginCall): Promise<boolean> {
  loggingIn ??= (async () => {
    try {
      const result = await login(await loginCode(useSession.getState().devOpenid))
      useSession.getState().setSession(result.token, result.expiresAt)
      return true
    } catch (error) {
      console.warn('[session] login failed:', error)
      return false
    } finally {
      loggingIn = null
    }
  })()
  return loggingIn
}

if (needsSession) {
  setSessionKeeper({
    async ready(login) {
      if (!isSessionLive(useSession.getState(), new Date())) await logIn(login)
    },
    async renew(rejected, login) {
      const state = useSession.getState()
      // Several calls may be refused at once: the first renews, the others use its session.
      if (state.token !== rejected.token && isSessionLive(state, new Date())) return true
      state.clearSession()
      return logIn(login)
    },
  })
}
