// The shopper's account on the wire (auth.*): who they are to the store, and their session.
import type { StoreRole } from './staff-roles'
import { dropInvisible, hasForbiddenCharacters } from './text'

export interface UserStore {
  id: string
  name: string
  /** The user's role in it: owner, or a staff role (店员). */
  role?: StoreRole
}

export interface User {
  openid: string
  nickname: string
  /** https:// or cloud:// URL, or a small data:image URL saved from H5; '' when none. */
  avatarUrl: string
  /** The avatar was ruled risky by a media check; others never see it. */
  avatarFlagged?: boolean
  /** Stores this user owns, then those they are staff of: the 我的 page shows 我的店铺 for them, else 开店. */
  stores: UserStore[]
}

export interface LoginResult {
  /** Opaque; sent back as `Authorization: Bearer <token>`. */
  token: string
  expiresAt: string
  user: User
}

export const NICKNAME_MAX = 20
/** A data: URL avatar (H5, resized on the device) may not be larger than this. */
export const AVATAR_DATA_URL_MAX = 48 * 1024

/**
 * Drops invisible characters (zero-width, bidi controls: a name must look like what it is),
 * trims and collapses spaces; null when empty, too long or carrying control characters.
 */
export function normalizeNickname(value: string): string | null {
  const name = dropInvisible(value).replace(/\s+/g, ' ').trim()
  const length = [...name].length
  if (length === 0 || length > NICKNAME_MAX || hasForbiddenCharacters(name)) return null
  return name
}

const AVATAR_URL = /^(https:\/\/|cloud:\/\/)[^\s"'<>]{1,500}$/
const AVATAR_DATA_URL = /^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]+={0,2}$/

export function isAvatarUrl(value: string): boolean {
  if (value.startsWith('data:')) return value.length <= AVATAR_DATA_URL_MAX && AVATAR_DATA_URL.test(value)
  return AVATAR_URL.test(value)
}

/** A stored session is worth sending while it has more than a minute left. */
export function isSessionLive(session: { token: string | null; expiresAt: string | null }, now: Date): boolean {
  if (!session.token || !session.expiresAt) return false
  const expires = Date.parse(session.expiresAt)
  return Number.isFinite(expires) && expires - now.getTime() > 60_000
}
