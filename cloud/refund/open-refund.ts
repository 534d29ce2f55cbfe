// A refund starts as a row in the transaction that decides it (a merchant's approval, a payment
// found to belong to a cancelled order); the platform is asked after that commits (askRefund),
// so no network call holds an order's lock and a failed ask is retried from the row.
import type { Db, Tx } from '../db/client'
import { refunds } from '../db/schema'

/** One refund per order: its out_refund_no, stable however often it is asked. */
export function refundNoOf(orderId: string): string {
  return `rf${orderId}`
}

export interface RefundToOpen {
  orderId: string
  /** Fen. */
  amount: number
  reason: string
  now: Date
}

/** Records a refund due now; returns its id, or null when the order already has one. */
export async function openRefund(tx: Db | Tx, refund: RefundToOpen): Promise<string | null> {
  const [row] = await tx
    .insert(refunds)
    .values({
      id: refundNoOf(refund.orderId),
      orderId: refund.orderId,
      amount: refund.amount,
      reason: refund.reason,
      status: 'pending',
      nextAttemptAt: refund.now,
      createdAt: refund.now,
      updatedAt: refund.now,
    })
    .onConflictDoNothing({ target: refunds.orderId })
    .returning({ id: refunds.id })
  return row?.id ?? null
}
