import { and, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import { CUSTOMER_SEGMENTS, lapsedBefore, type Customer, type CustomerSegment } from '../../src/domain/customers'
import type { Page } from '../../src/domain/envelope'
import { AppError } from '../../src/domain/errors'
import { SALES_STATUSES } from '../../src/domain/sales-stats'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { orders, users } from '../db/schema'
import { defineOperation } from '../operation'
import { requireOwnStore } from './own-store'

// Customers come most recent first; the cursor is the last one served: its last sale's time in
// microseconds (the database's precision, so equal times stay apart by openid) and its openid.
// A customer who buys again while the owner pages moves to the top, before the pages read.
interface CustomerCursor {
  micros: bigint
  openid: string
}

function encodeCursor(cursor: CustomerCursor): string {
  return `${cursor.micros.toString(36)}.${cursor.openid}`
}

function decodeCursor(cursor: string | null | undefined): CustomerCursor | null {
  if (cursor === null || cursor === undefined || cursor === '') return null
  const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{1,48})$/.exec(cursor)
  if (!match) throw new AppError('VALIDATION_FAILED', '分页参数 cursor 无效')
  let micros = 0n
  for (const digit of match[1]) micros = micros * 36n + BigInt(parseInt(digit, 36))
  return { micros, openid: match[2] }
}

/** The store's customers (shoppers with a sale there), of one segment (see src/domain/customers.ts). */
export const listCustomers = defineOperation({
  input: z
    .object({
      storeId: idSchema,
      segment: z.enum(CUSTOMER_SEGMENTS).default('all'),
      cursor: cursorSchema,
      limit: limitSchema,
    })
    .strict(),
  access: 'user',
  async run(ctx, input): Promise<Page<Customer>> {
    await requireOwnStore(ctx, input.storeId)
    const after = decodeCursor(input.cursor)
    const since = lapsedBefore(ctx.now()).toISOString()
    const soldAt = sql`coalesce(${orders.paidAt}, ${orders.createdAt})`
    const last = sql`max(${soldAt})`
    const lastMicros = sql`(extract(epoch from ${last}) * 1000000)::bigint`
    const count = sql`count(*)`
    const segments: Record<CustomerSegment, SQL | undefined> = {
      all: undefined,
      repeat: sql`${count} >= 2`,
      lapsed: sql`${last} < ${since}::timestamptz`,
      new: sql`${count} = 1 and ${last} >= ${since}::timestamptz`,
    }
    const having = [segments[input.segment]]
    if (after) having.push(sql`(${lastMicros} < ${after.micros.toString()}::bigint or (${lastMicros} = ${after.micros.toString()}::bigint and ${orders.buyerOpenid} > ${after.openid}))`)
    const rows = await ctx.db
      .select({
        openid: orders.buyerOpenid,
        orders: sql<number>`${count}::int`,
        // bigint arrives as text from node-postgres: read it as a number of fen.
        paidAmount: sql<number>`sum(${orders.total})::bigint`.mapWith(Number),
        lastOrderAt: sql<string>`${last}`.mapWith((value: string | Date) => new Date(value).toISOString()),
        micros: sql<string>`${lastMicros}::text`,
      })
      .from(orders)
      .where(and(eq(orders.storeId, input.storeId), inArray(orders.status, [...SALES_STATUSES])))
      .groupBy(orders.buyerOpenid)
      .having(and(...having))
      .orderBy(sql`${lastMicros} desc`, orders.buyerOpenid)
      .limit(input.limit + 1)
    const page = rows.slice(0, input.limit)
    const lastRow = page[page.length - 1]
    const nextCursor = rows.length > input.limit && lastRow ? encodeCursor({ micros: BigInt(lastRow.micros), openid: lastRow.openid }) : null
    const profiles =
      page.length === 0
        ? []
        : await ctx.db
            .select({ openid: users.openid, nickname: users.nickname, avatarUrl: users.avatarUrl })
            .from(users)
            .where(inArray(users.openid, page.map((row) => row.openid)))
    const byOpenid = new Map(profiles.map((p) => [p.openid, p]))
    // Only these fields: the list never carries a phone number or an address.
    const items = page.map((row) => ({
      openid: row.openid,
      nickname: byOpenid.get(row.openid)?.nickname ?? '',
      avatarUrl: byOpenid.get(row.openid)?.avatarUrl ?? '',
      orders: row.orders,
      paidAmount: row.paidAmount,
      lastOrderAt: row.lastOrderAt,
    }))
    return { items, nextCursor }
  },
})
