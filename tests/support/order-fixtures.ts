// Stores, products and SKUs for the order suites, and the stock invariant they all check:
// for every SKU, initial stock = current stock + units in orders that still hold stock.
import { inArray, sql } from 'drizzle-orm'
import type { Db } from '../../cloud/db/client'
import { newId } from '../../cloud/db/ids'
import { rowsOf } from '../../cloud/db/rows'
import { orderItems, orders, products, skus, stores } from '../../cloud/db/schema'
import { ORDER_STATUSES, holdsStock } from '../../src/domain/order-state'
import type { AddressFields as Address } from '../../src/domain/address'

export interface Fixture {
  storeId: string
  ownerOpenid: string
  productId: string
  skuIds: string[]
  /** Stock each SKU started with. */
  initial: Map<string, number>
}

export const ADDRESS: Address = {
  userName: '张三',
  telNumber: '13800138000',
  provinceName: '广东省',
  cityName: '广州市',
  countyName: '海珠区',
  detailInfo: '新港中路397号',
}

export async function makeStore(
  db: Db,
  options: { skus: Array<{ price: number; stock: number; specs?: Record<string, string> }>; title?: string; status?: 'on_sale' | 'draft' | 'off_shelf'; ownerOpenid?: string; pickupAddress?: string },
): Promise<Fixture> {
  const storeId = newId()
  const ownerOpenid = options.ownerOpenid ?? `owner-${storeId}`
  // With a pickup address, so 到店自提 is offered as in a store that gave one when it opened.
  await db.insert(stores).values({ id: storeId, ownerOpenid, name: `测试小店${storeId.slice(0, 4)}`, pickupAddress: options.pickupAddress ?? '测试路 1 号门店' })
  const productId = newId()
  await db.insert(products).values({
    id: productId,
    storeId,
    title: options.title ?? '手工陶瓷马克杯',
    images: ['/files/demo/mug.svg'],
    status: options.status ?? 'on_sale',
  })
  const skuIds: string[] = []
  const initial = new Map<string, number>()
  for (const [position, sku] of options.skus.entries()) {
    const id = newId()
    await db.insert(skus).values({ id, productId, position, price: sku.price, stock: sku.stock, specs: sku.specs ?? { 颜色: `色${position}` } })
    skuIds.push(id)
    initial.set(id, sku.stock)
  }
  return { storeId, ownerOpenid, productId, skuIds, initial }
}

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
