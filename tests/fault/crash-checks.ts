// What must hold in the database after a crash, whatever moment it struck: no order without
// its lines or lines without their order, totals that match the lines, and the stock
// invariant of the order suites (tests/support/order-checks.ts).
import { sql } from 'drizzle-orm'
import type { Db } from '../../cloud/db/client'
import { rowsOf } from '../../cloud/db/rows'

/** Orders the crash left half-written; empty when every order is whole. */
export async function halfWrittenOrders(db: Db): Promise<string[]> {
  const problems: string[] = []
  const withoutLines = rowsOf<{ id: string }>(
    await db.execute(sql`select o.id from orders o where not exists (select 1 from order_items i where i.order_id = o.id)`),
  )
  for (const row of withoutLines) problems.push(`order ${row.id} has no lines`)
  const orphanLines = rowsOf<{ order_id: string }>(
    await db.execute(sql`select distinct i.order_id from order_items i left join orders o on o.id = i.order_id where o.id is null`),
  )
  for (const row of orphanLines) problems.push(`lines of a missing order ${row.order_id}`)
  const wrongTotals = rowsOf<{ id: string; items_total: number; lines: number }>(
    await db.execute(sql`
      select o.id, o.items_total, sum(i.price * i.quantity)::int as lines
      from orders o join order_items i on i.order_id = o.id
      group by o.id, o.items_total
      having o.items_total <> sum(i.price * i.quantity)`),
  )
  for (const row of wrongTotals) problems.push(`order ${row.id}: items_total ${row.items_total} ≠ lines ${row.lines}`)
  return problems
}

/** Order ids of a store as the database holds them. */
export async function orderIdsOf(db: Db, storeId: string): Promise<string[]> {
  return rowsOf<{ id: string }>(await db.execute(sql`select id from orders where store_id = ${storeId} order by id`)).map((r) => r.id)
}
