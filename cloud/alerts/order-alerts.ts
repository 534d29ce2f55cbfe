// The order events the merchant hears about, each raised inside the transaction of its state
// change: paid (the guarded transition happens once per order), refund requested, and a SKU's
// stock crossing the store's low-stock line.
import { formatFen } from '../../src/domain/money'
import { describeSpecs } from '../../src/domain/spec-selection'
import type { Db, Tx } from '../db/client'
import { alertStore } from './alert-store'

interface OrderFacts {
  id: string
  storeId: string
  total: number
}

export async function alertNewOrder(tx: Db | Tx, order: OrderFacts, now: Date): Promise<void> {
  await alertStore(tx, order.storeId, {
    kind: 'new_order',
    text: `新订单 ${formatFen(order.total)}，请尽快发货`,
    orderId: order.id,
    dedupeKey: `new-order:${order.id}`,
    now,
  })
}

export async function alertRefundRequested(tx: Db | Tx, order: OrderFacts & { refundRequestedAt: Date | null }, reason: string, now: Date): Promise<void> {
  const at = (order.refundRequestedAt ?? now).toISOString()
  await alertStore(tx, order.storeId, {
    kind: 'refund_requested',
    text: `买家申请退款 ${formatFen(order.total)}：${reason}`.slice(0, 120),
    orderId: order.id,
    // A refused request may be asked again: each request is its own event.
    dedupeKey: `refund:${order.id}:${at}`,
    now,
  })
}

export interface ReservedLine {
  skuId: string
  title: string
  specs: Record<string, string>
  /** Units before this order took its share (read under the row lock). */
  stock: number
  quantity: number
}

/**
 * Alerts for each SKU this order took from above the store's line (`lowStock`, 0 when off) to
 * at or below it. The stock was read under the row lock, so concurrent orders see each
 * other's decrements and exactly one of them crosses: once per crossing, not per order.
 * Restocking above the line re-arms it. The caller read the line with the prices (priceLines),
 * so an order pays no extra statement for it. order.create's fast path reads the stock under
 * the lock from its own decrement (the stock before it) and calls this only when a line crosses.
 */
export async function alertLowStock(
  tx: Db | Tx,
  { storeId, lowStock }: { storeId: string; lowStock: number },
  lines: readonly ReservedLine[],
  orderId: string,
  now: Date,
): Promise<void> {
  for (const line of lines) {
    if (!crossesLowStock(lowStock, line)) continue
    const left = line.stock - line.quantity
    const spec = describeSpecs(line.specs)
    await alertStore(tx, storeId, {
      kind: 'low_stock',
      text: `「${line.title}${spec ? `（${spec}）` : ''}」库存仅剩 ${left} 件`,
      skuId: line.skuId,
      dedupeKey: `low-stock:${line.skuId}:${orderId}`,
      now,
    })
  }
}

/** Whether this line took its SKU from above the store's line (0: off) to at or below it. */
export function crossesLowStock(lowStock: number, line: Pick<ReservedLine, 'stock' | 'quantity'>): boolean {
  return lowStock > 0 && line.stock > lowStock && line.stock - line.quantity <= lowStock
}
