// order.create: prices the request from the database, reserves stock with a conditional
// decrement and writes the order. A plain order (no coupon, no 接龙 hook) takes the fast path
// (create-fast.ts: an unlocked read, then one statement that also counts the write budget).
// Everything else, and every case the fast path hands back (a price changed since its read,
// stock gone, a repeated key), takes one transaction of two statements: first lock the SKU
// rows in id order and read their prices (priceLines), then one statement that decrements the
// stock, inserts the order (which claims the buyer's idempotency key through its unique index)
// and inserts its lines, bumping the store's order number for the day on the way (so numbers
// come one after another without adding a statement). Few round trips because order.create must keep up
// with the bare SQL doing the same work (DESIGN.md section 6; bench/order-create.ts).
// A concurrent repeat of the same key waits on that index and then answers with the order the
// first call made; a failed attempt leaves nothing behind, so its key may be used again.
import { createHash } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import type { Entry } from '../../src/domain/entry'
import { formatFen } from '../../src/domain/money'
import { orderDay } from '../../src/domain/order-number'
import type { Order } from '../../src/domain/order-types'
import type { Ctx } from '../context'
import type { Db, Tx } from '../db/client'
import { rowsOf } from '../db/rows'
import { newId } from '../db/ids'
import { orders, visits } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { createInput, type CreateInput } from './order-input'
import { loadOrder, type OrderRow } from './order-view'
import { asCreated, cleanAddress, createdOrder, newOrderRow } from './new-order'
import { createFast } from './create-fast'
import { priceLines, withDiscount, type PricedRequest } from './price-lines'
import { useCoupon } from '../coupon/order-coupon'
import { hitRateLimit, writeBudgetKey, WRITES } from '../limits/rate-limit'
import { alertLowStock } from '../alerts/order-alerts'

/** The key is taken by an order another call made (or is making): answer with that one. */
class KeyTaken extends Error {}

/**
 * What an operation built on order.create adds inside its transaction (jielong.join): its own
 * entry instead of the visit's, a check once the SKU rows are locked, a row beside the order.
 */
export interface CreateHook {
  entry: Entry
  /** Pickup is at the caller's own point (a 接龙's), whatever the store's pickup setting. */
  pickupPoint?: boolean
  before?(tx: Tx, priced: PricedRequest): Promise<void>
  after?(tx: Tx, row: OrderRow): Promise<void>
}

export const create = defineOperation({
  input: createInput,
  access: 'user',
  rateLimit: WRITES,
  // Counted by run itself, in the fast path's statement or before the transaction.
  foldsRateLimit: true,
  async run(ctx, input, hook?: CreateHook): Promise<Order> {
    const buyer = requireOpenid(ctx)
    const requestHash = hashRequest(input)
    const entry = hook ? hook.entry : input.visitId ? await visitEntry(ctx.db, buyer, input.visitId, input.storeId) : null
    const now = ctx.now()
    const facts = { buyer, requestHash, entry, now }
    // Dispatched as order.create by a person: one hit of the budget, whichever path answers.
    // Inside jielong.join (hook) the join's own dispatch counted the call.
    const counted = ctx.action === 'order.create' && ctx.caller !== 'platform'
    const budgetKey = writeBudgetKey('order', buyer)
    if (counted && !hook && !input.userCouponId) {
      const order = await createFast(ctx, input, facts, budgetKey)
      if (order) return order
    }
    if (counted) await hitRateLimit(ctx.db, budgetKey, WRITES, now)
    try {
      return await ctx.db.transaction(async (tx) => {
        const priced = await priceLines(tx, input, { lock: true, pickupPoint: hook?.pickupPoint })
        await hook?.before?.(tx, priced)
        const id = newId()
        const discount = input.userCouponId
          ? await useCoupon(tx, input.userCouponId, id, { buyer, storeId: input.storeId, lines: priced.lines, totalBefore: priced.total, now })
          : 0
        const { total, deliveryFee } = discount > 0 ? withDiscount(priced, discount) : priced
        if (input.expectedTotal !== undefined && input.expectedTotal !== total) {
          throw new AppError('PRICE_CHANGED', `商品价格有变动，订单金额现为 ${formatFen(total)}，请确认后再提交`, {
            expectedTotal: input.expectedTotal,
            total,
            itemsTotal: priced.itemsTotal,
            discount,
            deliveryFee,
            items: priced.lines.map(({ skuId, price }) => ({ skuId, price })),
          })
        }
        const row = newOrderRow(input, facts, { itemsTotal: priced.itemsTotal, deliveryFee, discount, total }, id)
        row.orderNo = await reserveAndInsert(tx, row, priced)
        await hook?.after?.(tx, row)
        await alertLowStock(tx, priced, priced.lines, row.id, now)
        return createdOrder(row, priced)
      })
    } catch (error) {
      // Lost to the same key (the order exists), or failed while a twin succeeded (e.g. it
      // took the last unit): a repeat answers with the first success, whatever happened here.
      if (!(error instanceof KeyTaken) && !(error instanceof AppError)) throw error
      const first = await findByKey(ctx.db, buyer, input.idempotencyKey)
      if (!first) {
        if (error instanceof KeyTaken) throw new AppError('INTERNAL', '订单提交冲突，请重试')
        throw error
      }
      return replay(ctx.db, first, requestHash)
    }
  },
})

/** order.create with a hook (the operation's own run, typed with its third argument). */
export const createOrder = create.run as (ctx: Ctx, input: CreateInput, hook?: CreateHook) => Promise<Order>

/**
 * One statement: the conditional decrement (rows already locked by priceLines; the guard still
 * refuses to go below zero), the order row and its lines. Data-modifying CTEs all run, so a
 * key conflict or a short decrement is found in the answer and the transaction rolled back.
 * The lines travel as one json parameter (json, not jsonb, keeps the order of spec names):
 * building a query of many small parameters costs
 * more than the database's work on it. The order number's counter row stays locked until the
 * transaction ends, so a store's orders of one day are numbered 1, 2, 3 … in commit order, and
 * a rolled-back order (a taken key, a short decrement) gives its number back. Answers the number.
 */
async function reserveAndInsert(tx: Tx, row: OrderRow, priced: PricedRequest): Promise<string> {
  const lines = JSON.stringify(
    priced.lines.map((l) => ({ sku_id: l.skuId, product_id: l.productId, title: l.title, image: l.image, specs: l.specs, price: l.price, quantity: l.quantity })),
  )
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value))
  const day = orderDay(row.createdAt)
  const result = await tx.execute(sql`
    with wanted as (
      select * from json_to_recordset(${lines}::json)
        as l(sku_id text, product_id text, title text, image text, specs json, price int, quantity int)
    ), reserved as (
      update skus set stock = skus.stock - w.quantity
      from wanted w
      where skus.id = w.sku_id and skus.stock >= w.quantity
      returning skus.id
    ), numbered as (
      insert into order_numbers (store_id, day, last) values (${row.storeId}, ${day}, 1)
      on conflict (store_id, day) do update set last = order_numbers.last + 1
      returning day || '-' || lpad(last::text, greatest(4, length(last::text)), '0') as order_no
    ), placed as (
      insert into orders (id, order_no, buyer_openid, store_id, status, items_total, delivery_fee, discount, total, user_coupon_id,
        delivery, address, note, entry, visit_id, idempotency_key, request_hash, expires_at, created_at, updated_at)
      select ${row.id}, numbered.order_no, ${row.buyerOpenid}, ${row.storeId}, 'pending_payment', ${row.itemsTotal}, ${row.deliveryFee},
        ${row.discount}, ${row.total}, ${row.userCouponId}, ${row.delivery}, ${json(row.address)}::jsonb, ${row.note}, ${json(row.entry)}::jsonb, ${row.visitId},
        ${row.idempotencyKey}, ${row.requestHash}, ${row.expiresAt.toISOString()}::timestamptz,
        ${row.createdAt.toISOString()}::timestamptz, ${row.updatedAt.toISOString()}::timestamptz
      from numbered
      on conflict (buyer_openid, idempotency_key) do nothing
      returning id, order_no
    ), lines as (
      insert into order_items (order_id, sku_id, product_id, title, image, specs, price, quantity)
      select placed.id, w.sku_id, w.product_id, w.title, w.image, w.specs, w.price, w.quantity from placed cross join wanted w
      returning 1
    )
    select (select count(*) from placed)::int as placed, (select count(*) from reserved)::int as reserved,
      (select count(*) from lines)::int as lines, (select order_no from placed) as order_no`)
  const [answer] = rowsOf<{ placed: number; reserved: number; order_no: string | null }>(result)
  if (Number(answer.placed) !== 1) throw new KeyTaken()
  if (Number(answer.reserved) !== priced.lines.length) throw new AppError('OUT_OF_STOCK', '库存不足，请刷新后重试')
  return answer.order_no as string
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
 * Everything the order depends on, in a fixed order, so equal payloads hash equal. Not the
 * visit: attribution may arrive between an attempt and its retry, and is not what was bought.
 */
export function hashRequest(input: CreateInput): string {
  const address = input.address ? cleanAddress(input.address) : null
  const canonical = [
    input.storeId,
    input.items.map((item) => [item.skuId, item.quantity]),
    address && [address.userName, address.telNumber, address.provinceName, address.cityName, address.countyName, address.detailInfo, address.postalCode ?? ''],
    input.delivery,
    input.note?.trim() ?? '',
    input.expectedTotal ?? null,
    // Only when present, so the hashes of orders without a coupon stay what they were.
    ...(input.userCouponId ? [input.userCouponId] : []),
  ]
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex')
}

/**
 * The visit's entry when the visit is the caller's own and led to this store; another's visit,
 * or a visit to another store, is ignored: copying it would put that store's code, room and
 * campaign into this store's orders and stats. A visit that named no store (a search, say)
 * credits no one else and is kept.
 */
async function visitEntry(db: Db, buyer: string, visitId: string, storeId: string): Promise<Entry | null> {
  const [visit] = await db
    .select({ entry: visits.entry })
    .from(visits)
    .where(and(eq(visits.id, visitId), eq(visits.openid, buyer)))
    .limit(1)
  if (!visit?.entry) return null
  return !visit.entry.storeId || visit.entry.storeId === storeId ? visit.entry : null
}
