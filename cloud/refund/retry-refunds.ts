// The timer's refund job: every refund still pending whose next attempt is due is asked of the
// platform again, until its notice confirms it (askRefund, settleRefund).
import { and, asc, eq, lte } from 'drizzle-orm'
import type { Ctx } from '../context'
import { refunds } from '../db/schema'
import { askRefund, type AskResult } from './ask-refund'

export async function retryDueRefunds(ctx: Ctx, limit = 50): Promise<Record<AskResult, number>> {
  const due = await ctx.db
    .select({ id: refunds.id })
    .from(refunds)
    .where(and(eq(refunds.status, 'pending'), lte(refunds.nextAttemptAt, ctx.now())))
    .orderBy(asc(refunds.nextAttemptAt))
    .limit(limit)
  const counts: Record<AskResult, number> = { succeeded: 0, pending: 0, error: 0, not_due: 0 }
  for (const { id } of due) counts[await askRefund(ctx, id)]++
  return counts
}
