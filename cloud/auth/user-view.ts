// The User of the wire contract: the profile row (defaults when the shopper never logged in or
// set one, e.g. inside WeChat Cloud) and the stores they own.
import { asc, eq } from 'drizzle-orm'
import type { User } from '../../src/domain/account'
import type { Db, Tx } from '../db/client'
import { stores, users } from '../db/schema'
import { riskyImages } from '../media/risky-images'

export async function loadUser(db: Db | Tx, openid: string): Promise<User> {
  const [profile] = await db.select().from(users).where(eq(users.openid, openid)).limit(1)
  const owned = await db
    .select({ id: stores.id, name: stores.name })
    .from(stores)
    .where(eq(stores.ownerOpenid, openid))
    .orderBy(asc(stores.seq))
  const avatarUrl = profile?.avatarUrl ?? ''
  const flagged = (await riskyImages(db, [avatarUrl])).has(avatarUrl)
  return { openid, nickname: profile?.nickname ?? '', avatarUrl, ...(flagged ? { avatarFlagged: true } : {}), stores: owned }
}
