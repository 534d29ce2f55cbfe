// Subscribe messages go through the outbox: an operation enqueues in its own transaction
// (the dedupe key makes "send once" hold however often it runs), then delivery hands unsent
// rows to the platform. Locally delivery only marks them; the rows are the record.
import { eq, sql } from 'drizzle-orm'
import type { Ctx } from '../context'
import type { Db, Tx } from '../db/client'
import { newId } from '../db/ids'
import { rowsOf } from '../db/rows'
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

/**
 * Hands up to `limit` unsent messages to the platform; one-shot messages are not retried.
 * Rows are claimed (marked sent) before sending, so two deliveries running at once never send
 * one message twice; a refusal is then recorded on the claimed row.
 */
export async function deliverOutbox(ctx: Ctx, limit = 100): Promise<{ sent: number; failed: number }> {
  const claimed = rowsOf<{ id: string; touser: string; template_id: string; page: string; data: Record<string, unknown> }>(
    await ctx.db.execute(sql`
      update outbox set sent_at = ${ctx.now().toISOString()}::timestamptz
      where id in (
        select id from outbox where sent_at is null order by created_at limit ${limit} for update skip locked
      )
      returning id, touser, template_id, page, data`),
  )
  let sent = 0
  let failed = 0
  for (const row of claimed) {
    try {
      await ctx.platform.messages.send({ touser: row.touser, templateId: row.template_id, page: row.page, data: row.data })
      sent++
    } catch (cause) {
      failed++
      const error = cause instanceof Error ? cause.message : String(cause)
      await ctx.db.update(outbox).set({ error }).where(eq(outbox.id, row.id))
    }
  }
  return { sent, failed }
}
