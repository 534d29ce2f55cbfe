// entry.listVisits: the store's recent arrivals with where each came from — for the merchant
// console and for checking attribution end to end. Visitors stay anonymous to the merchant.
import { and, desc, eq, lt, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import { ENTRY_SOURCES, type EntrySource } from '../../src/domain/entry'
import type { VisitView } from '../../src/domain/entry-wire'
import type { Page } from '../../src/domain/envelope'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { decodeCursor, pageOf } from '../catalog/cursor'
import { visits } from '../db/schema'
import { defineOperation } from '../operation'
import { requireStoreForCodes } from './target'

export const listVisits = defineOperation({
  input: z
    .object({ storeId: idSchema, source: z.enum(ENTRY_SOURCES).optional(), cursor: cursorSchema, limit: limitSchema })
    .strict(),
  access: 'user',
  async run(ctx, input): Promise<Page<VisitView>> {
    await requireStoreForCodes(ctx, input.storeId)
    const after = decodeCursor(input.cursor)
    const where: SQL[] = [eq(visits.storeId, input.storeId)]
    if (input.source) where.push(eq(visits.source, input.source))
    if (after !== null) where.push(lt(visits.seq, after))
    const rows = await ctx.db
      .select()
      .from(visits)
      .where(and(...where))
      .orderBy(desc(visits.seq))
      .limit(input.limit + 1)
    const page = pageOf(rows, input.limit)
    return {
      items: page.rows.map((row) => ({
        id: row.id,
        source: row.source as EntrySource,
        scene: row.scene,
        productId: row.productId,
        roomId: row.roomId,
        campaign: row.campaign,
        sharer: row.sharer,
        code: row.entry.code ?? null,
        createdAt: row.createdAt.toISOString(),
      })),
      nextCursor: page.nextCursor,
    }
  },
})
