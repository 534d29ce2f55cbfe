// auth.* calls (payloads in cloud/functions/auth.ts). Avatars come back as loadable URLs.
import type { LoginResult, User } from '@/domain/account'
import { callCloud } from './cloud'
import { assetUrl } from './config'

function withUrls(user: User): User {
  return { ...user, avatarUrl: assetUrl(user.avatarUrl) }
}

/** Exchanges a login code for a session; sent anonymously, since it is what makes the session. */
export async function login(code: string): Promise<LoginResult> {
  const result = await callCloud<LoginResult>('auth', 'login', { code }, { anonymous: true })
  return { ...result, user: withUrls(result.user) }
}

export async function logout(options: { allDevices?: boolean } = {}): Promise<void> {
  await callCloud('auth', 'logout', { ...options })
}

export async function fetchMe(): Promise<User> {
  return withUrls(await callCloud<User>('auth', 'me'))
}

export async function updateProfile(patch: { nickname?: string; avatarUrl?: string }): Promise<User> {
  return withUrls(await callCloud<User>('auth', 'updateProfile', { ...patch }))
}
