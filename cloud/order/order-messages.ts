// Subscribe messages about an order (paid, shipped), queued in the outbox inside the
// transaction that made the change; the dedupe key makes each one go out at most once.
// Template ids come from the environment (the ones chosen in the Mini Program console).
import { carrierName } from '../../src/domain/order-carriers'
import { formatFen } from '../../src/domain/money'
import { asc, eq } from 'drizzle-orm'
import type { Db, Tx } from '../db/client'
import { orderItems } from '../db/schema'
import { enqueueMessage } from '../messages/outbox'
import type { OrderRow } from './order-view'

export const ORDER_DETAIL_PAGE = 'packages/order/pages/detail/index'

export function templateIds(env: Record<string, string | undefined> = process.env) {
  return {
    paid: env.WECHAT_TMPL_ORDER_PAID || 'order_paid',
    shipped: env.WECHAT_TMPL_ORDER_SHIPPED || 'order_shipped',
  }
}

/** thing values are at most 20 characters (WECHAT-API.md section 5). */
export function thing(text: string): { value: string } {
  const chars = [...text]
  return { value: chars.length > 20 ? chars.slice(0, 19).join('') + '…' : text || '商品' }
}

/** 2026-11-25 14:03 in China time, whatever zone the function runs in. */
export function chinaMinute(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}

export async function enqueueOrderPaid(tx: Db | Tx, order: OrderRow): Promise<void> {
  const firstTitle = await firstItemTitle(tx, order.id)
  await enqueueMessage(tx, {
    kind: 'order_paid',
    touser: order.buyerOpenid,
    templateId: templateIds().paid,
    page: `${ORDER_DETAIL_PAGE}?id=${order.id}`,
    data: {
      character_string1: { value: order.id },
      amount2: { value: formatFen(order.total) },
      thing3: thing(firstTitle),
      time4: { value: chinaMinute(order.paidAt ?? order.updatedAt) },
    },
    dedupeKey: `order-paid:${order.id}`,
  })
}

export async function enqueueOrderShipped(tx: Db | Tx, order: OrderRow): Promise<void> {
  const firstTitle = await firstItemTitle(tx, order.id)
  await enqueueMessage(tx, {
    kind: 'order_shipped',
    touser: order.buyerOpenid,
    templateId: templateIds().shipped,
    page: `${ORDER_DETAIL_PAGE}?id=${order.id}`,
    data: {
      character_string1: { value: order.id },
      thing2: thing(order.delivery === 'pickup' ? '到店自提' : carrierName(order.carrier)),
      character_string3: { value: order.trackingNo || '-' },
      thing4: thing(firstTitle),
    },
    dedupeKey: `order-shipped:${order.id}`,
  })
}

async function firstItemTitle(tx: Db | Tx, orderId: string): Promise<string> {
  const items = await tx.select({ title: orderItems.title }).from(orderItems).where(eq(orderItems.orderId, orderId)).orderBy(asc(orderItems.skuId))
  return items.length > 1 ? `${items[0].title} 等 ${items.length} 种` : (items[0]?.title ?? '')
}
