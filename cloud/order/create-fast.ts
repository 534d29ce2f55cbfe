// order.create's fast path, for a plain order (no coupon, no 接龙 hook): two round trips
// instead of a locked transaction's five. (1) An unlocked read of the prices (PRICES). (2) One
// statement, its own implicit transaction, that records the caller's write-budget hit, locks
// the SKU rows in id order and checks their prices are still those of (1), decrements the stock
// conditionally, bumps the store's order number for the day, and inserts the order and its
// lines. When any part cannot be done the statement ends itself with abort_statement (migration
// 0026), so all of it is undone: no hit counted, no stock taken, no number used.
// A full budget answers RATE_LIMITED; anything else that is not a plain success (a price changed
// since (1), stock gone, the key already used, a deadlock) answers null, and order.create then
// takes its locked transaction, which counts the hit itself and gives the full answer
// (PRICE_CHANGED, OUT_OF_STOCK with what is left, the first order of a repeated key…).
import { AppError } from '../../src/domain/errors'
import { orderDay } from '../../src/domain/order-number'
import type { Order } from '../../src/domain/order-types'
import type { Ctx } from '../context'
import { runPrepared, type Prepared } from '../db/prepared'
import { rateLimited, WRITES } from '../limits/rate-limit'
import { alertLowStock, crossesLowStock } from '../alerts/order-alerts'
import type { CreateInput } from './order-input'
import { createdOrder, newOrderRow, type NewOrderFacts } from './new-order'
import { PRICES, priceRows, type PricedRequest, type SkuRow } from './price-lines'

/**
 * The statement's stages each wait for the one before (a WHERE on its result), so the locks
 * are taken in one order everywhere: the budget row, the SKU rows in id order, the day's
 * counter row, the idempotency key. The counter row is held only for the rest of this one
 * statement, which is where most of the fast path's gain over the transaction comes from.
 * The final CASE names the first stage that fell short.
 */
const PLACE: Prepared = {
  name: 'order_place_v1',
  text: `
    with hit as (
      insert into rate_limits as r (key, hits) values ($1::text, array[$2::timestamptz])
      on conflict (key) do update
        set hits = array(select h from unnest(r.hits) as h where h > $3::timestamptz) || $2::timestamptz
        where (select count(*) from unnest(r.hits) as h where h > $3::timestamptz) < $4::int
      returning 1
    ), wanted as (
      select * from json_to_recordset($5::json)
        as l(sku_id text, product_id text, title text, image text, specs json, price int, quantity int)
    ), locked as materialized (
      select s.id, s.price from skus s join products p on p.id = s.product_id
      where s.id in (select sku_id from wanted) and p.store_id = $6::text and p.status = 'on_sale'
        and exists (select 1 from hit)
      order by s.id
      for update of s
    ), unchanged as (
      select w.* from wanted w join locked l on l.id = w.sku_id and l.price = w.price
    ), reserved as (
      update skus set stock = skus.stock - u.quantity
      from unchanged u
      where skus.id = u.sku_id and skus.stock >= u.quantity
        and (select count(*) from unchanged) = (select count(*) from wanted)
      returning skus.id, skus.stock + u.quantity as before
    ), numbered as (
      insert into order_numbers (store_id, day, last)
      select $6::text, $7::text, 1 where (select count(*) from reserved) = (select count(*) from wanted)
      on conflict (store_id, day) do update set last = order_numbers.last + 1
      returning day || '-' || lpad(last::text, greatest(4, length(last::text)), '0') as order_no
    ), placed as (
      insert into orders (id, order_no, buyer_openid, store_id, status, items_total, delivery_fee, discount, total,
        delivery, address, note, entry, visit_id, idempotency_key, request_hash, expires_at, created_at, updated_at)
      select $8::text, numbered.order_no, $9::text, $6::text, 'pending_payment', $10::int, $11::int, 0, $12::int,
        $13::text, $14::jsonb, $15::text, $16::jsonb, $17::text, $18::text, $19::text, $20::timestamptz, $2::timestamptz, $2::timestamptz
      from numbered
      on conflict (buyer_openid, idempotency_key) do nothing
      returning order_no
    ), lines as (
      insert into order_items (order_id, sku_id, product_id, title, image, specs, price, quantity)
      select $8::text, w.sku_id, w.product_id, w.title, w.image, w.specs, w.price, w.quantity from placed cross join wanted w
      returning 1
    )
    select case
        when not exists (select 1 from hit) then abort_statement('RATE_LIMITED')
        when (select count(*) from unchanged) <> (select count(*) from wanted) then abort_statement('CHANGED')
        when (select count(*) from reserved) <> (select count(*) from wanted) then abort_statement('OUT_OF_STOCK')
        when (select count(*) from placed) <> 1 then abort_statement('KEY_TAKEN')
        when (select count(*) from lines) <> (select count(*) from wanted) then abort_statement('LINES')
      end as failed,
      (select order_no from placed) as order_no,
      (select json_object_agg(id, before) from reserved) as before`,
}

/** SQLSTATE of abort_statement; its message is the stage that fell short. */
const ABORTED = 'XDABT'
/** Two plain orders that lock a row each and then want the other's: PostgreSQL ends one. */
const DEADLOCK = '40P01'

/** The order, RATE_LIMITED, or null when the locked transaction must answer instead. */
export async function createFast(ctx: Ctx, input: CreateInput, facts: NewOrderFacts, budgetKey: string): Promise<Order | null> {
  const skuIds = input.items.map((item) => item.skuId)
  let priced: PricedRequest
  try {
    priced = priceRows(await runPrepared<SkuRow>(ctx.db, PRICES, [skuIds]), input)
  } catch (error) {
    // Not found, out of stock, no pickup…: the transaction answers it (and counts the call).
    if (error instanceof AppError) return null
    throw error
  }
  if (input.expectedTotal !== undefined && input.expectedTotal !== priced.total) return null

  const row = newOrderRow(input, facts, { itemsTotal: priced.itemsTotal, deliveryFee: priced.deliveryFee, discount: 0, total: priced.total })
  const now = facts.now
  // The lines travel as one json parameter (json, not jsonb, keeps the order of spec names).
  const lines = JSON.stringify(
    priced.lines.map((l) => ({ sku_id: l.skuId, product_id: l.productId, title: l.title, image: l.image, specs: l.specs, price: l.price, quantity: l.quantity })),
  )
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value))
  let answer: { order_no: string; before: Record<string, number> }
  try {
    ;[answer] = await runPrepared<typeof answer>(ctx.db, PLACE, [
      budgetKey,
      now.toISOString(),
      new Date(now.getTime() - WRITES.windowMs).toISOString(),
      WRITES.limit,
      lines,
      row.storeId,
      orderDay(now),
      row.id,
      row.buyerOpenid,
      row.itemsTotal,
      row.deliveryFee,
      row.total,
      row.delivery,
      json(row.address),
      row.note,
      json(row.entry),
      row.visitId,
      row.idempotencyKey,
      row.requestHash,
      row.expiresAt.toISOString(),
    ])
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === ABORTED && (error as Error).message === 'RATE_LIMITED') throw rateLimited(WRITES)
    if (code === ABORTED || code === DEADLOCK) return null
    throw error
  }
  row.orderNo = answer.order_no

  // The stock each line found under its row lock, for the low-stock line: crossed by exactly one
  // order. Raised after the order's own commit, in a transaction of its own, and only when crossed.
  const reserved = priced.lines.map((line) => ({ ...line, stock: answer.before[line.skuId] }))
  if (reserved.some((line) => crossesLowStock(priced.lowStock, line))) {
    await ctx.db.transaction((tx) => alertLowStock(tx, priced, reserved, row.id, now))
  }
  return createdOrder(row, priced)
}
