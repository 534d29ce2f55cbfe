// Subscribe messages go through the outbox: an operation enqueues in its own transaction
// (the dedupe key makes "send once" hold however often it runs), then delivery hands unsent
// rows to the platform. Locally delivery only marks them; the rows are the record.
import { and, asc, eq, isNull } from 'drizzle-orm'
import type { Ctx } from '../context'
import type { Db, Tx } from '../db/client'
import { newId } from '../db/ids'
import { outbox } from '../db/schema'
import type { OutgoingMessage } from '../platform/platform'

export interface QueuedMessage extends OutgoingMessage {
  kind: string
  /** e.g. `order-paid:<orderId>`; a second enqueue with the same key is ignored. */
  dedupeKey: string
}

export async function enqueueMessage(db: Db | Tx, message: QueuedMessage): Promise<boolean> {
  const inserted = await db
    .insert(outbox)
    .values({ id: newId(), ...message })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id })
  return inserted.length > 0
}

/** Hands up to `limit` unsent messages to the platform; one-shot messages are not retried. */
export async function deliverOutbox(ctx: Ctx, limit = 100): Promise<{ sent: number; failed: number }> {
  const pending = await ctx.db.select().from(outbox).where(isNull(outbox.sentAt)).orderBy(asc(outbox.createdAt)).limit(limit)
  let sent = 0
  let failed = 0
  for (const row of pending) {
    let error: string | null = null
    try {
      await ctx.platform.messages.send({ touser: row.touser, templateId: row.templateId, page: row.page, data: row.data })
      sent++
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause)
      failed++
    }
    await ctx.db
      .update(outbox)
      .set({ sentAt: ctx.now(), error })
      .where(and(eq(outbox.id, row.id), isNull(outbox.sentAt)))
  }
  return { sent, failed }
}
