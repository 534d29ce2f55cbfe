// Records what the platform says became of a refund, once: the refund row is locked, success is
// final (a late or repeated notice changes nothing), and a failure never overrides a success.
// On success the order shows the money back: refundedAt is set and refundDue turns false.
import { eq, sql } from 'drizzle-orm'
import type { RefundState } from '../../src/domain/refund-status'
import type { Db } from '../db/client'
import { orders, refunds } from '../db/schema'

export interface RefundOutcome {
  outcome: Exclude<RefundState, 'pending'>
  at: Date
  /** The platform's words for a failure (its refund_status, e.g. CHANGE). */
  reason?: string
  /** The refund notice as it came, kept on the row. */
  notice?: Record<string, unknown>
}

export interface Settled {
  orderId: string
  status: RefundState
  /** False when the refund was already in that state (a repeated or late report). */
  changed: boolean
}

export async function settleRefund(db: Db, refundId: string, report: RefundOutcome): Promise<Settled | null> {
  return db.transaction(async (tx) => {
    const [refund] = await tx.select().from(refunds).where(eq(refunds.id, refundId)).limit(1).for('update')
    if (!refund) return null
    const notice = report.notice ? { notice: report.notice } : {}
    // Repeated or stale: the row keeps the notice that settled it.
    if (refund.status === 'succeeded' || refund.status === report.outcome) {
      return { orderId: refund.orderId, status: refund.status, changed: false }
    }
    if (report.outcome === 'succeeded') {
      await tx
        .update(refunds)
        .set({ status: 'succeeded', settledAt: report.at, nextAttemptAt: null, lastError: null, updatedAt: report.at, ...notice })
        .where(eq(refunds.id, refundId))
      await tx
        .update(orders)
        .set({ refundDue: false, refundedAt: sql`coalesce(${orders.refundedAt}, ${report.at.toISOString()}::timestamptz)`, updatedAt: report.at })
        .where(eq(orders.id, refund.orderId))
    } else {
      // Flagged, not retried: a closed or abnormal refund (card frozen…) needs a person in the
      // merchant platform. refundDue stays true: the money is still owed.
      await tx
        .update(refunds)
        .set({ status: 'failed', settledAt: report.at, nextAttemptAt: null, lastError: report.reason ?? null, updatedAt: report.at, ...notice })
        .where(eq(refunds.id, refundId))
      console.warn(`[refund] ${refundId} of order ${refund.orderId} failed: ${report.reason ?? 'unknown'}`)
    }
    return { orderId: refund.orderId, status: report.outcome, changed: true }
  })
}
