// Who hears about a store's alerts. Today the owner; staff whose role covers the kind join here.
import { eq } from 'drizzle-orm'
import type { Db, Tx } from '../db/client'
import { stores } from '../db/schema'
import type { AlertKind } from './alert-kinds'

export async function storeRecipients(db: Db | Tx, storeId: string, _kind: AlertKind): Promise<string[]> {
  const [store] = await db.select({ owner: stores.ownerOpenid }).from(stores).where(eq(stores.id, storeId)).limit(1)
  return store ? [store.owner] : []
}
