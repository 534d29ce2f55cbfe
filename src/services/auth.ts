// auth.* calls (payloads in cloud/functions/auth.ts). Avatars come back as loadable URLs.
// auth.login is made by callCloud itself when a build needs a session (see ./identity.ts).
import type { User } from '@/domain/account'
import { callCloud } from './cloud'
import { assetUrl } from './config'

function withUrls(user: User): User {
  return { ...user, avatarUrl: assetUrl(user.avatarUrl) }
}

export async function logout(options: { allDevices?: boolean } = {}): Promise<void> {
  await callCloud('auth', 'logout', { ...options })
}

export async function fetchMe(): Promise<User> {
  return withUrls(await callCloud('auth', 'me'))
}

export async function updateProfile(patch: { nickname?: string; avatarUrl?: string }): Promise<User> {
  return withUrls(await callCloud('auth', 'updateProfile', { ...patch }))
}
