// merchant.listOrders: a store's orders, newest first, by status, with the count of each
// status for the tab badges; `q` finds one order by its number (20261207-0042) or its id.
import { and, count, desc, eq, inArray, lt, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { MerchantOrderPage } from '../../src/domain/order-types'
import type { OrderStatus } from '../../src/domain/order-state'
import { parseOrderNo } from '../../src/domain/order-number'
import { text } from '../../src/domain/text-schema'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { decodeCursor, pageOf } from '../catalog/cursor'
import { orders } from '../db/schema'
import { defineOperation } from '../operation'
import { statusFilterSchema, statusList } from '../order/order-input'
import { toOrders, type OrderRow } from '../order/order-view'
import { requireOwnStore } from '../merchant/own-store'

export const listOrders = defineOperation({
  input: z
    .object({ storeId: idSchema, status: statusFilterSchema, cursor: cursorSchema, limit: limitSchema, q: text({ max: 64, trim: true, label: '订单号' }).optional() })
    .strict(),
  access: 'user',
  async run(ctx, input): Promise<MerchantOrderPage> {
    await requireOwnStore(ctx, input.storeId)
    const after = decodeCursor(input.cursor)
    const where: SQL[] = [eq(orders.storeId, input.storeId)]
    const statuses = statusList(input.status)
    if (statuses) where.push(inArray(orders.status, statuses as OrderRow['status'][]))
    if (after !== null) where.push(lt(orders.seq, after))
    if (input.q) {
      const orderNo = parseOrderNo(input.q)
      where.push(orderNo ? eq(orders.orderNo, orderNo) : eq(orders.id, input.q))
    }
    const [rows, countRows] = await Promise.all([
      ctx.db.select().from(orders).where(and(...where)).orderBy(desc(orders.seq)).limit(input.limit + 1),
      ctx.db.select({ status: orders.status, n: count() }).from(orders).where(eq(orders.storeId, input.storeId)).groupBy(orders.status),
    ])
    const page = pageOf(rows, input.limit)
    const counts: Partial<Record<OrderStatus, number>> = {}
    for (const row of countRows) counts[row.status] = Number(row.n)
    return { items: await toOrders(ctx.db, page.rows), nextCursor: page.nextCursor, counts }
  },
})
