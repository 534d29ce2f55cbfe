// Reads a 接龙 and turns it into the wire's Jielong: its goods with live stock and units sold,
// and the numbered public list, whose names are masked (never the phone or the address).
import { and, eq, sql } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import { jielongStatus, maskName, type Jielong, type JielongEntry, type JielongItem } from '../../src/domain/jielong'
import { describeSpecs } from '../../src/domain/spec-selection'
import type { Db, Tx } from '../db/client'
import { rowsOf } from '../db/rows'
import { jielongs, stores } from '../db/schema'

export type JielongRow = typeof jielongs.$inferSelect

/** Entries that count: paid, and not refunded (an order refunded later leaves the list and the sheet). */
export const COUNTED_STATUSES = sql`('paid', 'shipped', 'completed', 'refund_requested')`

export async function loadJielongRow(db: Db | Tx, jielongId: string, storeId?: string): Promise<JielongRow> {
  const where = storeId ? and(eq(jielongs.id, jielongId), eq(jielongs.storeId, storeId)) : eq(jielongs.id, jielongId)
  const [row] = await db.select().from(jielongs).where(where).limit(1)
  if (!row) throw new AppError('NOT_FOUND', '接龙不存在')
  return row
}

export async function toJielong(db: Db | Tx, row: JielongRow, now: Date, viewer?: string): Promise<Jielong> {
  const [store] = await db.select({ name: stores.name }).from(stores).where(eq(stores.id, row.storeId)).limit(1)
  const [items, counts, recent] = await Promise.all([jielongItems(db, row), participantsOf(db, row.id), entriesOf(db, row.id, { newestFirst: true, limit: 20, viewer })])
  return {
    id: row.id,
    storeId: row.storeId,
    storeName: store?.name ?? '',
    title: row.title,
    intro: row.intro,
    items,
    endAt: row.endAt.toISOString(),
    closedAt: row.closedAt ? row.closedAt.toISOString() : null,
    status: jielongStatus(row, now),
    delivery: row.delivery,
    pickupPoints: row.pickupPoints,
    participants: counts,
    recent,
    createdAt: row.createdAt.toISOString(),
  }
}

/** The goods in the merchant's order; a SKU deleted since is left out. */
async function jielongItems(db: Db | Tx, row: JielongRow): Promise<JielongItem[]> {
  const skuIds = row.items.map((item) => item.skuId)
  if (skuIds.length === 0) return []
  const result = await db.execute(sql`
    select s.id as "skuId", s.price, s.stock, s.specs, p.id as "productId", p.title,
      coalesce((
        select i.image from unnest(p.images) with ordinality as i(image, n)
        where not exists (select 1 from media_checks m where m.image = i.image and m.suggest = 'risky')
        order by i.n limit 1
      ), '') as "image",
      coalesce((
        select sum(oi.quantity) from jielong_entries e
          join orders o on o.id = e.order_id
          join order_items oi on oi.order_id = o.id and oi.sku_id = s.id
        where e.jielong_id = ${row.id} and o.status in ${COUNTED_STATUSES}
      ), 0)::int as "sold"
    from skus s join products p on p.id = s.product_id
    where s.id in ${skuIds} and p.store_id = ${row.storeId}`)
  const bySku = new Map(
    rowsOf<{ skuId: string; price: number; stock: number; specs: Record<string, string>; productId: string; title: string; image: string; sold: number }>(result).map(
      (r) => [r.skuId, r],
    ),
  )
  return row.items.flatMap((item) => {
    const sku = bySku.get(item.skuId)
    if (!sku) return []
    return [
      {
        skuId: sku.skuId,
        productId: sku.productId,
        title: sku.title,
        spec: describeSpecs(sku.specs),
        image: sku.image,
        price: sku.price,
        stock: sku.stock,
        sold: Number(sku.sold),
        limitPerPerson: item.limitPerPerson ?? null,
      },
    ]
  })
}

async function participantsOf(db: Db | Tx, jielongId: string): Promise<number> {
  const result = await db.execute(sql`
    select count(*)::int as n from jielong_entries e join orders o on o.id = e.order_id
    where e.jielong_id = ${jielongId} and e.no is not null and o.status in ${COUNTED_STATUSES}`)
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0)
}

/** Numbered entries (paid, not refunded), by number; `after` pages on the number. */
export async function entriesOf(db: Db | Tx, jielongId: string, options: { newestFirst?: boolean; after?: number; limit: number; viewer?: string }): Promise<JielongEntry[]> {
  const result = await db.execute(sql`
    select e.no, e.buyer_name as "buyerName", e.paid_at as "paidAt", e.buyer_openid = ${options.viewer ?? ''} as mine,
      coalesce((select json_agg(json_build_object('title', oi.title, 'quantity', oi.quantity) order by oi.sku_id)
        from order_items oi where oi.order_id = e.order_id), '[]'::json) as lines
    from jielong_entries e join orders o on o.id = e.order_id
    where e.jielong_id = ${jielongId} and e.no is not null and o.status in ${COUNTED_STATUSES}
      ${options.after !== undefined ? sql`and e.no > ${options.after}` : sql``}
    order by e.no ${options.newestFirst ? sql`desc` : sql`asc`}
    limit ${options.limit}`)
  return rowsOf<{ no: number; buyerName: string; paidAt: Date | string; mine: boolean; lines: Array<{ title: string; quantity: number }> }>(result).map((r) => ({
    no: Number(r.no),
    ...(r.mine && options.viewer ? { mine: true as const } : {}),
    name: maskName(r.buyerName),
    lines: typeof r.lines === 'string' ? JSON.parse(r.lines) : r.lines,
    createdAt: new Date(r.paidAt).toISOString(),
  }))
}
