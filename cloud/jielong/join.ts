// jielong.join: an order for some of the 接龙's goods, made by order.create's own transaction
// (prices from the database, conditional stock decrement, idempotency key, 30-minute expiry),
// with source "jielong" and an entry row beside it. The shopper pays it with order.pay; the
// number comes when the payment arrives (number-entry.ts). Inside the transaction, once the
// SKU rows are locked, the 接龙 must still be open and the per-person limit must hold: two
// joins of one shopper for the same SKU wait on its row lock, so the second counts the first.
import { eq, sql } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import { entryDelivery, jielongStatus, type PickupPoint } from '../../src/domain/jielong'
import type { Order } from '../../src/domain/order-types'
import type { Db, Tx } from '../db/client'
import { rowsOf } from '../db/rows'
import { jielongEntries, jielongs, users } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { defineOperation, requireOpenid } from '../operation'
import { createOrder } from '../order/create'
import { joinInput } from './input'
import { loadJielongRow, type JielongRow } from './view'

const closed = () => new AppError('JIELONG_CLOSED', '接龙已结束，不能再参加')

export const join = defineOperation({
  input: joinInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<Order> {
    const buyer = requireOpenid(ctx)
    const jielong = await loadJielongRow(ctx.db, input.jielongId)
    if (jielongStatus(jielong, ctx.now()) === 'closed') throw closed()

    const offered = new Map(jielong.items.map((item) => [item.skuId, item]))
    const stranger = input.lines.find((line) => !offered.has(line.skuId))
    if (stranger) throw new AppError('NOT_FOUND', '这件商品不在接龙里', { skuId: stranger.skuId })
    const delivery = entryDelivery(jielong.delivery, { pickupPointId: input.pickupPointId, hasAddress: Boolean(input.address) })
    if (!delivery.ok) throw new AppError('VALIDATION_FAILED', delivery.message)
    let point: PickupPoint | null = null
    if (input.pickupPointId) {
      point = jielong.pickupPoints.find((p) => p.id === input.pickupPointId) ?? null
      if (!point) throw new AppError('NOT_FOUND', '自提点不存在，请重新选择')
    }
    const buyerName = input.address?.userName.trim() || (await nicknameOf(ctx.db, buyer)) || '微信用户'
    // The merchant's order list shows the note: say where a pickup entry is collected. The note
    // is part of the request's hash, so the same key with another point is IDEMPOTENCY_MISMATCH.
    const note = [point ? `自提点：${point.name}（${point.address}）` : '', input.note?.trim() ?? ''].filter(Boolean).join(' ')

    const order = await createOrder(
      ctx,
      {
        storeId: jielong.storeId,
        items: input.lines,
        address: input.address,
        delivery: delivery.method,
        note,
        idempotencyKey: input.idempotencyKey,
      },
      {
        entry: { source: 'jielong', storeId: jielong.storeId },
        pickupPoint: point !== undefined && point !== null,
        before: async (tx) => {
          const [now] = await tx.select({ endAt: jielongs.endAt, closedAt: jielongs.closedAt }).from(jielongs).where(eq(jielongs.id, jielong.id))
          if (jielongStatus(now, ctx.now()) === 'closed') throw closed()
          await checkLimits(tx, jielong, buyer, input.lines)
        },
        after: async (tx, row) => {
          await tx.insert(jielongEntries).values({ orderId: row.id, jielongId: jielong.id, buyerOpenid: buyer, buyerName, pickupPointId: point?.id ?? null, createdAt: row.createdAt })
        },
      },
    )
    // A repeat of the key answers with the first order: it must be this 接龙's entry.
    const [entry] = await ctx.db.select({ jielongId: jielongEntries.jielongId }).from(jielongEntries).where(eq(jielongEntries.orderId, order.id))
    if (entry?.jielongId !== jielong.id) {
      throw new AppError('IDEMPOTENCY_MISMATCH', '这个提交编号已用于另一笔订单，请重新提交', { orderId: order.id })
    }
    return order
  },
})

async function nicknameOf(db: Db, openid: string): Promise<string> {
  const [user] = await db.select({ nickname: users.nickname }).from(users).where(eq(users.openid, openid)).limit(1)
  return (user?.nickname ?? '').trim()
}

/** Units of each limited SKU this shopper already holds in the 接龙 (unpaid ones too), plus these. */
async function checkLimits(tx: Tx, jielong: JielongRow, buyer: string, lines: ReadonlyArray<{ skuId: string; quantity: number }>): Promise<void> {
  const limited = jielong.items.filter((item) => item.limitPerPerson && lines.some((line) => line.skuId === item.skuId))
  if (limited.length === 0) return
  const result = await tx.execute(sql`
    select oi.sku_id as "skuId", sum(oi.quantity)::int as taken
    from jielong_entries e join orders o on o.id = e.order_id join order_items oi on oi.order_id = o.id
    where e.jielong_id = ${jielong.id} and e.buyer_openid = ${buyer} and o.status not in ('cancelled', 'refunded')
    group by oi.sku_id`)
  const taken = new Map(rowsOf<{ skuId: string; taken: number }>(result).map((row) => [row.skuId, Number(row.taken)]))
  for (const item of limited) {
    const wanted = lines.find((line) => line.skuId === item.skuId)!.quantity
    const already = taken.get(item.skuId) ?? 0
    if (already + wanted > item.limitPerPerson!) {
      const left = Math.max(0, item.limitPerPerson! - already)
      throw new AppError('VALIDATION_FAILED', `每人限购 ${item.limitPerPerson} 件${already > 0 ? `，你已参加 ${already} 件，还可再买 ${left} 件` : ''}`, {
        skuId: item.skuId,
        limitPerPerson: item.limitPerPerson,
        taken: already,
      })
    }
  }
}
