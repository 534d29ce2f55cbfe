// merchant.shipMany (批量发货): several of a store's paid orders at once, each with its own
// carrier and tracking number (or none, for pickup orders now ready). Every order goes through
// the same guarded transition as merchant.ship, in its own transaction, one after another: an
// order the buyer asked a refund for meanwhile is refused on its own and the rest still ship.
// The answer lists every order with its outcome, in the order given.
import { and, eq, inArray } from 'drizzle-orm'
import { z } from 'zod'
import { MAX_BATCH_SHIP, type ShipManyAnswer, type ShipResult } from '../../src/domain/batch-ship'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { orders } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'
import { toOrders } from '../order/order-view'
import { shipmentSchema, shipOrderRow } from './ship'

export const shipMany = defineOperation({
  input: z
    .object({
      storeId: idSchema,
      orders: z
        .array(shipmentSchema)
        .min(1, '请选择要发货的订单')
        .max(MAX_BATCH_SHIP, `一次最多发货 ${MAX_BATCH_SHIP} 单`)
        .refine((list) => new Set(list.map((item) => item.orderId)).size === list.length, '同一订单不能重复发货'),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<ShipManyAnswer> {
    await requireOwnStore(ctx, input.storeId)
    const ids = input.orders.map((item) => item.orderId)
    // Only this store's orders: another store's id answers NOT_FOUND, as if it did not exist.
    const rows = await ctx.db.select().from(orders).where(and(eq(orders.storeId, input.storeId), inArray(orders.id, ids)))
    const byId = new Map(rows.map((row) => [row.id, row]))
    const outcomes: Array<{ orderId: string; row?: (typeof rows)[number]; error?: AppError }> = []
    for (const item of input.orders) {
      const row = byId.get(item.orderId)
      if (!row) {
        outcomes.push({ orderId: item.orderId, error: new AppError('NOT_FOUND', '订单不存在') })
        continue
      }
      try {
        outcomes.push({ orderId: item.orderId, row: await shipOrderRow(ctx, row, item) })
      } catch (error) {
        if (!(error instanceof AppError)) console.error(`[merchant.shipMany] ${item.orderId}:`, error)
        outcomes.push({ orderId: item.orderId, error: error instanceof AppError ? error : new AppError('INTERNAL', '发货失败，请重试') })
      }
    }
    const shipped = await toOrders(ctx.db, outcomes.flatMap((outcome) => (outcome.row ? [outcome.row] : [])))
    const views = new Map(shipped.map((order) => [order.id, order]))
    const results: ShipResult[] = outcomes.map((outcome) =>
      outcome.row
        ? { orderId: outcome.orderId, ok: true, order: views.get(outcome.orderId)! }
        : { orderId: outcome.orderId, ok: false, error: { code: outcome.error!.code, message: outcome.error!.message } },
    )
    return { results }
  },
})
