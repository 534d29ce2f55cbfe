// order.list: the caller's orders, newest first, optionally of some statuses (a tab).
import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Page } from '../../src/domain/envelope'
import type { Order } from '../../src/domain/order-types'
import { cursorSchema, limitSchema } from '../../src/domain/validation'
import { decodeCursor, pageOf } from '../catalog/cursor'
import { orders } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { statusFilterSchema, statusList } from './order-input'
import { toOrders, type OrderRow } from './order-view'

export const list = defineOperation({
  input: z.object({ status: statusFilterSchema, cursor: cursorSchema, limit: limitSchema }).strict(),
  access: 'user',
  async run(ctx, input): Promise<Page<Order>> {
    const buyer = requireOpenid(ctx)
    const after = decodeCursor(input.cursor)
    const where: SQL[] = [eq(orders.buyerOpenid, buyer)]
    const statuses = statusList(input.status)
    if (statuses) where.push(inArray(orders.status, statuses as OrderRow['status'][]))
    if (after !== null) where.push(lt(orders.seq, after))
    const rows = await ctx.db
      .select()
      .from(orders)
      .where(and(...where))
      .orderBy(desc(orders.seq))
      .limit(input.limit + 1)
    const page = pageOf(rows, input.limit)
    return { items: await toOrders(ctx.db, page.rows), nextCursor: page.nextCursor }
  },
})
