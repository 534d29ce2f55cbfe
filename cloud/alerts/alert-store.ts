// Raises one alert for a store: a row in its in-app list and, for each recipient who granted
// one, a subscribe message through the outbox. Callers run it inside the transaction of the
// state change it reports, and the dedupe key refuses a second copy of the same event, so a
// payment callback arriving ten times still alerts once.
import { and, eq, gt, sql } from 'drizzle-orm'
import type { Db, Tx } from '../db/client'
import { newId } from '../db/ids'
import { alertGrants, notifications } from '../db/schema'
import { enqueueMessage } from '../messages/outbox'
import { chinaMinute, thing } from '../order/order-messages'
import { alertPage, alertTemplateId, type AlertKind } from './alert-kinds'
import { storeRecipients } from './recipients'
import { kindEnabled, readSettings } from './settings'

export interface Alert {
  kind: AlertKind
  /** What the list shows, in Chinese. */
  text: string
  /** The event, e.g. `new-order:<orderId>`: one alert per key, ever. */
  dedupeKey: string
  orderId?: string
  skuId?: string
  now: Date
}

/** Returns whether the alert was new (false: turned off, or already raised). */
export async function alertStore(db: Db | Tx, storeId: string, alert: Alert): Promise<boolean> {
  const settings = await readSettings(db, storeId)
  if (!kindEnabled(settings, alert.kind)) return false
  const inserted = await db
    .insert(notifications)
    .values({
      id: newId(),
      storeId,
      kind: alert.kind,
      orderId: alert.orderId ?? null,
      skuId: alert.skuId ?? null,
      text: alert.text,
      dedupeKey: alert.dedupeKey,
      createdAt: alert.now,
    })
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id })
  if (inserted.length === 0) return false
  for (const openid of await storeRecipients(db, storeId, alert.kind)) {
    // Subscribe messages are one-shot: spend one grant, or send none (the console asks again).
    const spent = await db
      .update(alertGrants)
      .set({ remaining: sql`${alertGrants.remaining} - 1` })
      .where(and(eq(alertGrants.storeId, storeId), eq(alertGrants.openid, openid), eq(alertGrants.kind, alert.kind), gt(alertGrants.remaining, 0)))
      .returning({ remaining: alertGrants.remaining })
    if (spent.length === 0) continue
    await enqueueMessage(db, {
      kind: `alert_${alert.kind}`,
      touser: openid,
      templateId: alertTemplateId(alert.kind),
      page: alertPage(storeId),
      data: { thing1: thing(alert.text), time2: { value: chinaMinute(alert.now) } },
      dedupeKey: `${alert.dedupeKey}:${openid}`,
    })
  }
  return true
}
