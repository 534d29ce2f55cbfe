// The User of the wire contract: the profile row (defaults when the shopper never logged in or
// set one, e.g. inside WeChat Cloud) and the stores they own or work in.
import { eq } from 'drizzle-orm'
import type { User } from '../../src/domain/account'
import type { Db, Tx } from '../db/client'
import { users } from '../db/schema'
import { myStores } from '../merchant/my-stores'
import { riskyImages } from '../media/risky-images'

export async function loadUser(db: Db | Tx, openid: string): Promise<User> {
  const [profile] = await db.select().from(users).where(eq(users.openid, openid)).limit(1)
  const owned = (await myStores(db, openid)).map(({ store, role }) => ({ id: store.id, name: store.name, role }))
  const avatarUrl = profile?.avatarUrl ?? ''
  const flagged = (await riskyImages(db, [avatarUrl])).has(avatarUrl)
  return { openid, nickname: profile?.nickname ?? '', avatarUrl, ...(flagged ? { avatarFlagged: true } : {}), stores: owned }
}
