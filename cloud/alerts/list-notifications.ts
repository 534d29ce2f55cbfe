// merchant.listNotifications: the store's alerts, newest first, with the unread count (the badge).
import { and, count, desc, eq, isNull, lt, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { NotificationPage } from '../../src/domain/alerts'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { decodeCursor, pageOf } from '../catalog/cursor'
import { notifications } from '../db/schema'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'

export const listNotifications = defineOperation({
  input: z.object({ storeId: idSchema, cursor: cursorSchema, limit: limitSchema }).strict(),
  access: 'user',
  async run(ctx, input): Promise<NotificationPage> {
    await requireOwnStore(ctx, input.storeId)
    const after = decodeCursor(input.cursor)
    const where: SQL[] = [eq(notifications.storeId, input.storeId)]
    if (after !== null) where.push(lt(notifications.seq, after))
    const [rows, [unread]] = await Promise.all([
      ctx.db.select().from(notifications).where(and(...where)).orderBy(desc(notifications.seq)).limit(input.limit + 1),
      ctx.db.select({ n: count() }).from(notifications).where(and(eq(notifications.storeId, input.storeId), isNull(notifications.readAt))),
    ])
    const page = pageOf(rows, input.limit)
    return {
      items: page.rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        ...(row.orderId ? { orderId: row.orderId } : {}),
        ...(row.skuId ? { skuId: row.skuId } : {}),
        text: row.text,
        createdAt: row.createdAt.toISOString(),
        read: row.readAt !== null,
      })),
      nextCursor: page.nextCursor,
      unread: Number(unread.n),
    }
  },
})
