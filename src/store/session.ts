// Who this device acts as. On H5 in development a person picks a local identity (kept on the
// device) so one window can be the merchant and another a shopper; it travels as x-openid.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { setIdentityProvider } from '@/services/identity'
import { taroStorage } from './taro-storage'

/** Identities offered by the picker; any other id can be typed in. */
export const DEV_IDENTITIES = [
  { openid: 'demo-merchant', label: '店主（山野小店）' },
  { openid: 'shopper-a', label: '买家 A' },
  { openid: 'shopper-b', label: '买家 B' },
] as const

export const DEV_OPENID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

interface SessionState {
  devOpenid: string
  setDevOpenid(openid: string): boolean
}

function randomShopperId(): string {
  return `shopper-${Math.random().toString(36).slice(2, 8)}`
}

export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      devOpenid: randomShopperId(),
      setDevOpenid(openid) {
        const trimmed = openid.trim()
        if (!DEV_OPENID_PATTERN.test(trimmed)) return false
        set({ devOpenid: trimmed })
        return true
      },
    }),
    {
      name: 'xiaodian.session',
      version: 1,
      storage: createJSONStorage(() => taroStorage),
      partialize: (state) => ({ devOpenid: state.devOpenid }),
    },
  ),
)

// The local identity header is for development builds only; a build made with
// TARO_APP_DEV_IDENTITY=off sends none.
const sendDevIdentity = process.env.TARO_APP_DEV_IDENTITY !== 'off'

setIdentityProvider(() => (sendDevIdentity ? { devOpenid: useSession.getState().devOpenid } : {}))
