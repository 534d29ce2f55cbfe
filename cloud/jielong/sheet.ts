// merchant.jielongSheet: what to pack and for whom, per pickup point (in the 接龙's order,
// then the express entries) and in total. Only paid entries count: an order cancelled, or
// refunded later, leaves the sheet. The buyer's name and phone are here for the store only.
import { sql } from 'drizzle-orm'
import { sumLines, type JielongSheet, type SheetEntry, type SheetGroup, type SheetLine } from '../../src/domain/jielong'
import { describeSpecs } from '../../src/domain/spec-selection'
import type { Db } from '../db/client'
import type { AddressSnapshot } from '../db/schema'
import { rowsOf } from '../db/rows'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'
import { jielongRef } from './input'
import { COUNTED_STATUSES, loadJielongRow } from './view'

interface EntryRow {
  no: number
  buyerName: string
  pickupPointId: string | null
  orderId: string
  status: string
  address: AddressSnapshot | null
  lines: Array<{ skuId: string; title: string; specs: Record<string, string>; quantity: number }>
}

export const jielongSheet = defineOperation({
  input: jielongRef,
  access: 'user',
  async run(ctx, { storeId, jielongId }): Promise<JielongSheet> {
    await requireOwnStore(ctx, storeId)
    return buildJielongSheet(ctx.db, storeId, jielongId)
  },
})

/** The sheet of a 接龙 of the store; the caller has passed the store's gate. Also what the export writes. */
export async function buildJielongSheet(db: Db, storeId: string, jielongId: string): Promise<JielongSheet> {
  const jielong = await loadJielongRow(db, jielongId, storeId)
  // An entry's lines in the order the 接龙 lists its goods, so every entry reads the same way.
  const goodsOrder = sql.join(jielong.items.map((item) => sql`${item.skuId}`), sql`, `)
  const result = await db.execute(sql`
    select e.no, e.buyer_name as "buyerName", e.pickup_point_id as "pickupPointId", o.id as "orderId", o.status, o.address,
      (select json_agg(json_build_object('skuId', oi.sku_id, 'title', oi.title, 'specs', oi.specs, 'quantity', oi.quantity)
        order by array_position(array[${goodsOrder}]::text[], oi.sku_id), oi.sku_id)
        from order_items oi where oi.order_id = o.id) as lines
    from jielong_entries e join orders o on o.id = e.order_id
    where e.jielong_id = ${jielongId} and e.no is not null and o.status in ${COUNTED_STATUSES}
    order by e.no`)
  const entries = rowsOf<EntryRow>(result).map((row) => ({ ...row, lines: typeof row.lines === 'string' ? JSON.parse(row.lines) : (row.lines ?? []) }))

  const groups: SheetGroup[] = jielong.pickupPoints.map((point) => ({ pickupPointId: point.id, name: point.name, address: point.address, totals: [], entries: [] }))
  const express: SheetGroup = { pickupPointId: null, name: '快递到家', address: '', totals: [], entries: [] }
  for (const row of entries) {
    const group = (row.pickupPointId && groups.find((g) => g.pickupPointId === row.pickupPointId)) || express
    group.entries.push(sheetEntry(row))
  }
  if (express.entries.length > 0) groups.push(express)
  for (const group of groups) group.totals = sumLines(group.entries.flatMap((entry) => entry.lines))
  return {
    jielongId,
    title: jielong.title,
    totals: sumLines(groups.flatMap((group) => group.totals)),
    byPickupPoint: groups,
  }
}

function sheetEntry(row: EntryRow): SheetEntry {
  const address = row.address
  const lines: SheetLine[] = row.lines.map((line) => {
    const spec = describeSpecs(line.specs ?? {})
    return { skuId: line.skuId, title: spec ? `${line.title}（${spec}）` : line.title, quantity: Number(line.quantity) }
  })
  return {
    no: Number(row.no),
    buyerName: row.buyerName,
    telNumber: address?.telNumber ?? '',
    lines,
    orderId: row.orderId,
    status: row.status,
    address: row.pickupPointId || !address ? '' : `${address.provinceName}${address.cityName}${address.countyName}${address.detailInfo}`,
  }
}
