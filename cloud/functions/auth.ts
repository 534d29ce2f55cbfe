// auth: who the shopper is (DESIGN.md section 3).
//
//   auth.login          { code }                 → { token, expiresAt, user: User }   (public)
//     code from wx.login, exchanged through code2Session; locally (and with WECHAT_TWIN=1)
//     `dev:<openid>` logs in as that OPENID. Bad code → 401 UNAUTHENTICATED; too many attempts
//     → 429 RATE_LIMITED. The token travels as `Authorization: Bearer <token>`, lasts 30 days.
//   auth.logout         { allDevices? }          → { loggedOut: true, revoked: number }
//   auth.me             {}                       → User
//   auth.updateProfile  { nickname?, avatarUrl? } → User   (nickname 1–20 chars, content-checked:
//                                                          CONTENT_RISKY when refused)
//   User { openid, nickname, avatarUrl, stores: [{ id, name, role }] }  (role: owner or a staff role)
//
// Inside WeChat Cloud the platform's OPENID identifies the caller; no login or token is needed.
import { login } from '../auth/login'
import { logout } from '../auth/logout'
import { me } from '../auth/me'
import { updateProfile } from '../auth/update-profile'
import type { FunctionTable } from '../operation'

export const auth = { login, logout, me, updateProfile } satisfies FunctionTable
