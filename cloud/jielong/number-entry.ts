// Gives a 接龙 entry its number when its payment arrives. Runs inside payment.notify's
// transaction, after the order's guarded pending_payment → paid update, with the order row
// locked: the 接龙's counter is raised with update … returning (its row lock orders concurrent
// payments), so numbers follow the order payments arrive in, 1, 2, 3 …, and a rolled-back
// payment gives its number back with the rest of its transaction: no gaps, no repeats.
import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Db, Tx } from '../db/client'
import { jielongEntries, jielongs } from '../db/schema'

/** The number given, or null when the order is not a 接龙 entry (or already has one). */
export async function numberJielongEntry(tx: Db | Tx, orderId: string, now: Date): Promise<number | null> {
  const [entry] = await tx
    .select({ jielongId: jielongEntries.jielongId })
    .from(jielongEntries)
    .where(and(eq(jielongEntries.orderId, orderId), isNull(jielongEntries.no)))
    .limit(1)
  if (!entry) return null
  const [counter] = await tx
    .update(jielongs)
    .set({ lastNo: sql`${jielongs.lastNo} + 1` })
    .where(eq(jielongs.id, entry.jielongId))
    .returning({ no: jielongs.lastNo })
  await tx.update(jielongEntries).set({ no: counter.no, paidAt: now }).where(eq(jielongEntries.orderId, orderId))
  return counter.no
}
