// A store's alert settings as stored, or the defaults when it never saved any.
import { and, eq } from 'drizzle-orm'
import type { Db, Tx } from '../db/client'
import { alertGrants, alertSettings } from '../db/schema'
import { ALERT_KINDS, type AlertKind, type AlertSettings } from '../../src/domain/alerts'

export type { AlertSettings }
export type StoredSettings = Omit<AlertSettings, 'quota'>

export async function readSettings(db: Db | Tx, storeId: string): Promise<StoredSettings> {
  const [row] = await db.select().from(alertSettings).where(eq(alertSettings.storeId, storeId)).limit(1)
  return {
    storeId,
    newOrder: row?.newOrder ?? true,
    refundRequested: row?.refundRequested ?? true,
    newMessage: row?.newMessage ?? true,
    lowStock: row?.lowStock ?? 0,
  }
}

export function kindEnabled(settings: StoredSettings, kind: AlertKind): boolean {
  if (kind === 'new_order') return settings.newOrder
  if (kind === 'refund_requested') return settings.refundRequested
  if (kind === 'new_message') return settings.newMessage
  return settings.lowStock > 0
}

export async function readQuota(db: Db | Tx, storeId: string, openid: string): Promise<Record<AlertKind, number>> {
  const rows = await db.select().from(alertGrants).where(and(eq(alertGrants.storeId, storeId), eq(alertGrants.openid, openid)))
  const quota = Object.fromEntries(ALERT_KINDS.map((kind) => [kind, 0])) as Record<AlertKind, number>
  for (const row of rows) if (row.kind in quota) quota[row.kind as AlertKind] = row.remaining
  return quota
}

export async function settingsFor(db: Db | Tx, storeId: string, openid: string): Promise<AlertSettings> {
  const [stored, quota] = await Promise.all([readSettings(db, storeId), readQuota(db, storeId, openid)])
  return { ...stored, quota }
}
