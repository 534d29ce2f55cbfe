// order.create: prices the request from the database, reserves stock with a conditional
// decrement and writes the order, all in one transaction. The idempotency key (per buyer) is
// claimed first, by the order row itself: a concurrent repeat waits on that row's unique index
// and then answers with the order the first call made. A failed attempt leaves nothing behind.
import { createHash } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import type { Entry } from '../../src/domain/entry'
import { formatFen } from '../../src/domain/money'
import { cleanAddress } from '../../src/domain/order-address'
import { PAYMENT_WINDOW_MS } from '../../src/domain/order-state'
import type { Order } from '../../src/domain/order-types'
import type { Db } from '../db/client'
import { newId } from '../db/ids'
import { orderItems, orders, skus, visits } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { createInput, type CreateInput } from './order-input'
import { loadOrder } from './order-view'
import { priceLines } from './price-lines'

/** The key is taken by an order another call made (or is making): answer with that one. */
class KeyTaken extends Error {}

export const create = defineOperation({
  input: createInput,
  access: 'user',
  async run(ctx, input): Promise<Order> {
    const buyer = requireOpenid(ctx)
    const requestHash = hashRequest(input)
    const earlier = await findByKey(ctx.db, buyer, input.idempotencyKey)
    if (earlier) return replay(ctx.db, earlier, requestHash)

    const entry = input.visitId ? await visitEntry(ctx.db, buyer, input.visitId) : null
    const now = ctx.now()
    const orderId = newId()
    try {
      await ctx.db.transaction(async (tx) => {
        const claimed = await tx
          .insert(orders)
          .values({
            id: orderId,
            buyerOpenid: buyer,
            storeId: input.storeId,
            status: 'pending_payment',
            itemsTotal: 0,
            deliveryFee: 0,
            total: 0,
            delivery: input.delivery,
            address: input.address ? cleanAddress(input.address) : null,
            note: input.note?.trim() ?? '',
            entry,
            visitId: entry ? input.visitId : null,
            idempotencyKey: input.idempotencyKey,
            requestHash,
            expiresAt: new Date(now.getTime() + PAYMENT_WINDOW_MS),
            createdAt: now,
            updatedAt: now,
          })
          .onConflictDoNothing({ target: [orders.buyerOpenid, orders.idempotencyKey] })
          .returning({ id: orders.id })
        if (claimed.length === 0) throw new KeyTaken()

        const priced = await priceLines(tx, input, { lock: true })
        if (input.expectedTotal !== undefined && input.expectedTotal !== priced.total) {
          throw new AppError('PRICE_CHANGED', `商品价格有变动，订单金额现为 ${formatFen(priced.total)}，请确认后再提交`, {
            expectedTotal: input.expectedTotal,
            total: priced.total,
            itemsTotal: priced.itemsTotal,
            deliveryFee: priced.deliveryFee,
            items: priced.lines.map(({ skuId, price }) => ({ skuId, price })),
          })
        }

        // The rows are locked by priceLines; the guard still refuses to go below zero.
        const values = sql.join(
          priced.lines.map((line) => sql`(${line.skuId}::text, ${line.quantity}::int)`),
          sql`, `,
        )
        const reserved = await tx.execute(sql`
          update ${skus} set stock = ${skus.stock} - v.quantity
          from (values ${values}) as v(sku_id, quantity)
          where ${skus.id} = v.sku_id and ${skus.stock} >= v.quantity
          returning ${skus.id}`)
        if (rowCount(reserved) !== priced.lines.length) throw new AppError('OUT_OF_STOCK', '库存不足，请刷新后重试')

        await tx
          .update(orders)
          .set({ itemsTotal: priced.itemsTotal, deliveryFee: priced.deliveryFee, total: priced.total })
          .where(eq(orders.id, orderId))
        await tx.insert(orderItems).values(
          priced.lines.map((line) => ({
            orderId,
            skuId: line.skuId,
            productId: line.productId,
            title: line.title,
            image: line.image,
            specs: line.specs,
            price: line.price,
            quantity: line.quantity,
          })),
        )
      })
    } catch (error) {
      if (!(error instanceof KeyTaken)) throw error
      const first = await findByKey(ctx.db, buyer, input.idempotencyKey)
      if (!first) throw new AppError('INTERNAL', '订单提交冲突，请重试')
      return replay(ctx.db, first, requestHash)
    }
    return asCreated(await loadOrder(ctx.db, orderId))
  },
})

/** node-postgres answers { rowCount, rows }, PGlite { affectedRows, rows }. */
function rowCount(result: unknown): number {
  const r = result as { rows?: unknown[]; rowCount?: number | null; affectedRows?: number }
  return r.rows?.length ?? r.rowCount ?? r.affectedRows ?? 0
}

async function findByKey(db: Db, buyer: string, key: string) {
  const [row] = await db
    .select({ id: orders.id, requestHash: orders.requestHash })
    .from(orders)
    .where(and(eq(orders.buyerOpenid, buyer), eq(orders.idempotencyKey, key)))
    .limit(1)
  return row ?? null
}

async function replay(db: Db, earlier: { id: string; requestHash: string | null }, requestHash: string): Promise<Order> {
  if (earlier.requestHash !== requestHash) {
    throw new AppError('IDEMPOTENCY_MISMATCH', '这个提交编号已用于另一笔不同的订单，请重新下单', { orderId: earlier.id })
  }
  return asCreated(await loadOrder(db, earlier.id))
}

/**
 * The answer as it was when the order was made: a repeat, however late, returns the first
 * answer (DESIGN.md section 3), not the order's later life (order.get gives that).
 */
export function asCreated(order: Order): Order {
  return {
    ...order,
    status: 'pending_payment',
    paidAt: null,
    shippedAt: null,
    completedAt: null,
    cancelledAt: null,
    cancelReason: null,
    refundReason: null,
    refundRequestedAt: null,
    refundedAt: null,
    refundDecisionReason: null,
    carrier: null,
    trackingNo: null,
    refundDue: false,
  }
}

/** Everything the order depends on, in a fixed order, so equal payloads hash equal. */
export function hashRequest(input: CreateInput): string {
  const address = input.address ? cleanAddress(input.address) : null
  const canonical = [
    input.storeId,
    input.items.map((item) => [item.skuId, item.quantity]),
    address && [address.userName, address.telNumber, address.provinceName, address.cityName, address.countyName, address.detailInfo, address.postalCode ?? ''],
    input.delivery,
    input.note?.trim() ?? '',
    input.expectedTotal ?? null,
    input.visitId ?? null,
  ]
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex')
}

/** The visit's entry when the visit is the caller's own; another's visit is ignored. */
async function visitEntry(db: Db, buyer: string, visitId: string): Promise<Entry | null> {
  const [visit] = await db
    .select({ entry: visits.entry })
    .from(visits)
    .where(and(eq(visits.id, visitId), eq(visits.openid, buyer)))
    .limit(1)
  return visit?.entry ?? null
}
