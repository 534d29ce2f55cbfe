// timer.expireOrders: cancels orders left unpaid past their expiry and releases their stock.
// Each order is its own guarded transition, so one that a payment callback reached first is
// simply left paid, and stock goes back exactly once however often the timer runs.
import { and, asc, eq, lte } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import type { Ctx } from '../context'
import { orders } from '../db/schema'
import { defineOperation } from '../operation'
import { applyTransition } from '../order/transition'

export const expireOrdersInput = z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict()

export async function expireDueOrders(ctx: Ctx, limit: number): Promise<{ expired: string[] }> {
  const now = ctx.now()
  const due = await ctx.db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.status, 'pending_payment'), lte(orders.expiresAt, now)))
    .orderBy(asc(orders.expiresAt))
    .limit(limit)
  const expired: string[] = []
  for (const { id } of due) {
    try {
      await ctx.db.transaction((tx) =>
        applyTransition(tx, 'expire', { orderId: id }, { cancelledAt: now, cancelReason: '超时未支付，已自动取消' }, now),
      )
      expired.push(id)
    } catch (error) {
      // Paid or cancelled since we looked: nothing to do.
      if (!(error instanceof AppError && error.code === 'ORDER_STATE')) throw error
    }
  }
  return { expired }
}

export const expireOrders = defineOperation({
  input: expireOrdersInput,
  access: 'platform',
  run: (ctx, { limit }) => expireDueOrders(ctx, limit),
})
