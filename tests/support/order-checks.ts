// What the order suites check after the fact: the stock invariant (for every SKU, initial stock
// = current stock + units in orders that still hold stock) and a snapshot of the order tables.
import { inArray, sql } from 'drizzle-orm'
import type { Db } from '../../cloud/db/client'
import { rowsOf } from '../../cloud/db/rows'
import { orderItems, orders, skus } from '../../cloud/db/schema'
import { ORDER_STATUSES, holdsStock } from '../../src/domain/order-state'

export async function stockOf(db: Db, skuId: string): Promise<number> {
  const [row] = await db.select({ stock: skus.stock }).from(skus).where(inArray(skus.id, [skuId]))
  return row.stock
}

/** SKUs whose stock does not add up, with the figures; empty when the invariant holds. */
export async function stockInvariantViolations(db: Db, initial: Map<string, number>): Promise<string[]> {
  const ids = [...initial.keys()]
  const holding = ORDER_STATUSES.filter(holdsStock)
  const current = await db.select({ id: skus.id, stock: skus.stock }).from(skus).where(inArray(skus.id, ids))
  const held = await db
    .select({ skuId: orderItems.skuId, units: sql<number>`coalesce(sum(${orderItems.quantity}), 0)::int` })
    .from(orderItems)
    .innerJoin(orders, sql`${orders.id} = ${orderItems.orderId}`)
    .where(sql`${orderItems.skuId} in ${ids} and ${orders.status} in ${holding}`)
    .groupBy(orderItems.skuId)
  const heldBySku = new Map(held.map((row) => [row.skuId, Number(row.units)]))
  const problems: string[] = []
  for (const row of current) {
    const units = heldBySku.get(row.id) ?? 0
    if (initial.get(row.id) !== row.stock + units) problems.push(`${row.id}: initial ${initial.get(row.id)} ≠ stock ${row.stock} + held ${units}`)
    if (row.stock < 0) problems.push(`${row.id}: negative stock ${row.stock}`)
  }
  return problems
}

/** Every row of the order tables, to show that a refused call changed nothing. */
export async function orderTablesSnapshot(db: Db): Promise<string> {
  const result = await db.execute(sql`
    select json_build_object(
      'orders', (select coalesce(json_agg(o order by o.id), '[]') from orders o),
      'items', (select coalesce(json_agg(i order by i.order_id, i.sku_id), '[]') from order_items i),
      'payments', (select coalesce(json_agg(p order by p.id), '[]') from payments p),
      'refunds', (select coalesce(json_agg(r order by r.id), '[]') from refunds r),
      'outbox', (select coalesce(json_agg(x order by x.id), '[]') from outbox x),
      'skus', (select coalesce(json_agg(s order by s.id), '[]') from skus s)
    ) as snapshot`)
  return JSON.stringify(rowsOf<{ snapshot: unknown }>(result)[0].snapshot)
}

/** After every test of the suite, the stock invariant of each fixture in the list (which the suite fills as it goes). */
export function checkStockAfterEach(db: () => Db, fixtures: ReadonlyArray<{ initial: Map<string, number> }>): void {
  afterEach(async () => {
    for (const fixture of fixtures) expect(await stockInvariantViolations(db(), fixture.initial)).toEqual([])
  })
}
