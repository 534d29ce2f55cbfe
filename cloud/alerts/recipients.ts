// Who hears about a store's alerts: its owner, and the staff whose role may act on the kind
// (ALERT_ACTIONS, read against the one role table), so a removed member hears nothing more.
import { eq } from 'drizzle-orm'
import { ALERT_ACTIONS } from '../../src/domain/alerts'
import { roleMay } from '../../src/domain/staff-roles'
import type { Db, Tx } from '../db/client'
import { stores, storeStaff } from '../db/schema'
import type { AlertKind } from './alert-kinds'

export async function storeRecipients(db: Db | Tx, storeId: string, kind: AlertKind): Promise<string[]> {
  const [store] = await db.select({ owner: stores.ownerOpenid }).from(stores).where(eq(stores.id, storeId)).limit(1)
  if (!store) return []
  const staff = await db.select({ openid: storeStaff.openid, role: storeStaff.role }).from(storeStaff).where(eq(storeStaff.storeId, storeId))
  return [store.owner, ...staff.filter((member) => roleMay(member.role, ALERT_ACTIONS[kind])).map((member) => member.openid)]
}
