// The stores a person works in: those they own (oldest first), then those whose staff they
// are on (in the order they joined), each with their role. The console and 我的 list them.
import { asc, eq } from 'drizzle-orm'
import type { StoreRole } from '../../src/domain/staff-roles'
import type { Db, Tx } from '../db/client'
import { stores, storeStaff } from '../db/schema'
import type { StoreRow } from './own-store'

export async function myStores(db: Db | Tx, openid: string): Promise<Array<{ store: StoreRow; role: StoreRole }>> {
  const [owned, staffOf] = await Promise.all([
    db.select().from(stores).where(eq(stores.ownerOpenid, openid)).orderBy(asc(stores.seq)),
    db
      .select({ store: stores, role: storeStaff.role })
      .from(storeStaff)
      .innerJoin(stores, eq(stores.id, storeStaff.storeId))
      .where(eq(storeStaff.openid, openid))
      .orderBy(asc(storeStaff.seq)),
  ])
  return [...owned.map((store) => ({ store, role: 'owner' as const })), ...staffOf]
}
