// merchant.exportOrders: the store's sales (orders paid, shipped, completed or awaiting a
// refund decision, as merchant.stats counts them) paid within [from, to], one line per item,
// written as .csv or .xlsx and handed out through the platform's file storage with an
// unguessable, expiring URL. Orders are read in pages on (paid_at, id) and streamed to the
// file, so 50,000 orders take no more memory than a thousand.
import { and, asc, eq, gt, gte, inArray, lte, or } from 'drizzle-orm'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { exportLine, MAX_EXPORT_DAYS, type ExportOrder } from '../../src/domain/order-export'
import { SALES_STATUSES } from '../../src/domain/sales-stats'
import { idSchema } from '../../src/domain/validation'
import type { Db } from '../db/client'
import { orderItems, orders } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'
import { openSheetWriter, type SheetFormat, type SheetWriter } from './sheet-writer'

const PAGE = 1000
const LINK_LIFETIME_MS = 24 * 3_600_000
const moment = z.string().datetime({ offset: true, message: '时间格式应为 ISO 8601' })

export interface ExportAnswer {
  url: string
  fileName: string
  /** Lines written (one per order item), the header not counted. */
  rows: number
  orders: number
  expiresAt: string
}

export const exportOrders = defineOperation({
  input: z
    .object({
      storeId: idSchema,
      from: moment,
      to: moment,
      format: z.enum(['csv', 'xlsx'], { errorMap: () => ({ message: '导出格式应为 csv 或 xlsx' }) }),
    })
    .strict()
    .superRefine((input, ctx) => {
      const span = Date.parse(input.to) - Date.parse(input.from)
      if (span < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束时间不能早于开始时间' })
      if (span > MAX_EXPORT_DAYS * 86_400_000) ctx.addIssue({ code: 'custom', path: ['to'], message: `一次最多导出 ${MAX_EXPORT_DAYS} 天的订单` })
    }),
  access: 'user',
  // Writes a file for the caller; a burst of exports is a burst of disk work.
  rateLimit: WRITES,
  async run(ctx, input): Promise<ExportAnswer> {
    await requireOwnStore(ctx, input.storeId)
    const from = new Date(input.from)
    const to = new Date(input.to)
    const fileName = `orders-${day(from)}-${day(to)}.${input.format}`
    const localPath = path.join(os.tmpdir(), `export-${randomBytes(12).toString('hex')}.${input.format}`)
    const writer = openSheetWriter(input.format as SheetFormat, localPath)
    try {
      const counted = await writeOrders(ctx.db, input.storeId, from, to, writer)
      await writer.finish()
      const expiresAt = new Date(ctx.now().getTime() + LINK_LIFETIME_MS)
      const { url } = await ctx.platform.files.publishExport({ localPath, fileName, expiresAt })
      return { url, fileName, rows: counted.rows, orders: counted.orders, expiresAt: expiresAt.toISOString() }
    } finally {
      rmSync(localPath, { force: true })
    }
  },
})

/** Writes every line of the range's sales, page by page; returns how many lines and orders. */
export async function writeOrders(db: Db, storeId: string, from: Date, to: Date, writer: SheetWriter): Promise<{ rows: number; orders: number }> {
  let rows = 0
  let count = 0
  let after: { paidAt: Date; id: string } | null = null
  for (;;) {
    const page: ExportOrder[] = await db
      .select({
        id: orders.id,
        orderNo: orders.orderNo,
        status: orders.status,
        createdAt: orders.createdAt,
        paidAt: orders.paidAt,
        deliveryFee: orders.deliveryFee,
        total: orders.total,
        delivery: orders.delivery,
        address: orders.address,
        carrier: orders.carrier,
        trackingNo: orders.trackingNo,
        note: orders.note,
      })
      .from(orders)
      .where(
        and(
          eq(orders.storeId, storeId),
          inArray(orders.status, [...SALES_STATUSES]),
          gte(orders.paidAt, from),
          lte(orders.paidAt, to),
          after ? or(gt(orders.paidAt, after.paidAt), and(eq(orders.paidAt, after.paidAt), gt(orders.id, after.id))) : undefined,
        ),
      )
      .orderBy(asc(orders.paidAt), asc(orders.id))
      .limit(PAGE)
    if (page.length === 0) break
    const items = await db
      .select({ orderId: orderItems.orderId, title: orderItems.title, specs: orderItems.specs, price: orderItems.price, quantity: orderItems.quantity })
      .from(orderItems)
      .where(inArray(orderItems.orderId, page.map((order) => order.id)))
      .orderBy(asc(orderItems.orderId), asc(orderItems.skuId))
    const byOrder = new Map<string, typeof items>()
    for (const item of items) {
      const list = byOrder.get(item.orderId)
      if (list) list.push(item)
      else byOrder.set(item.orderId, [item])
    }
    for (const order of page) {
      for (const [i, item] of (byOrder.get(order.id) ?? []).entries()) {
        await writer.add(exportLine(order, item, i === 0))
        rows++
      }
      count++
    }
    const last = page[page.length - 1]
    if (page.length < PAGE || !last.paidAt) break
    after = { paidAt: last.paidAt, id: last.id }
  }
  return { rows, orders: count }
}

/** 20261207, the China-time day of a moment, for the file name. */
function day(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '')
}
