// Asks the payment platform for a refund that is due. The ask is claimed first (a conditional
// update pushes next_attempt_at past a lease), so a timer run and the operation that opened the
// refund never ask at the same moment; a crash mid-ask is retried once the lease ends. The
// out_refund_no never changes, so even a repeated ask refunds once (WeChat's own rule).
import { and, eq, lte, sql } from 'drizzle-orm'
import type { Ctx } from '../context'
import { orders, refunds } from '../db/schema'
import { settleRefund } from './settle-refund'

/** How long a claimed ask may take before another run may ask again. */
const LEASE_MS = 5 * 60_000
/** Accepted but not confirmed: ask again (same number) if no notice came by then. */
const RECHECK_MS = 6 * 3_600_000
/** After a failed ask: 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000
}

export type AskResult = 'succeeded' | 'pending' | 'error' | 'not_due'

export async function askRefund(ctx: Ctx, refundId: string): Promise<AskResult> {
  const now = ctx.now()
  const [claimed] = await ctx.db
    .update(refunds)
    .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS), attempts: sql`${refunds.attempts} + 1`, updatedAt: now })
    .where(and(eq(refunds.id, refundId), eq(refunds.status, 'pending'), lte(refunds.nextAttemptAt, now)))
    .returning()
  if (!claimed) return 'not_due'
  const [order] = await ctx.db.select({ total: orders.total }).from(orders).where(eq(orders.id, claimed.orderId)).limit(1)
  try {
    const answer = await ctx.platform.pay.refund({
      orderId: claimed.orderId,
      refundNo: claimed.id,
      total: order.total,
      amount: claimed.amount,
      reason: claimed.reason || '退款',
    })
    if (answer.status === 'succeeded') {
      await settleRefund(ctx.db, claimed.id, { outcome: 'succeeded', at: now })
      return 'succeeded'
    }
    await ctx.db
      .update(refunds)
      .set({ requestedAt: now, lastError: null, nextAttemptAt: new Date(now.getTime() + RECHECK_MS), updatedAt: now })
      .where(and(eq(refunds.id, claimed.id), eq(refunds.status, 'pending')))
    return 'pending'
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause)
    console.warn(`[refund] asking for ${claimed.id} failed (attempt ${claimed.attempts}): ${message}`)
    await ctx.db
      .update(refunds)
      .set({ lastError: message.slice(0, 500), nextAttemptAt: new Date(now.getTime() + retryDelayMs(claimed.attempts)), updatedAt: now })
      .where(and(eq(refunds.id, claimed.id), eq(refunds.status, 'pending')))
    return 'error'
  }
}
