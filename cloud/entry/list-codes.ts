// entry.listCodes: the store's codes and links, newest first, each with how many visits it
// brought — for the merchant console. Shoppers' own poster codes are theirs, not listed here.
import { and, desc, eq, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { ListedCode } from '../../src/domain/entry-wire'
import type { Page } from '../../src/domain/envelope'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { decodeCursor, pageOf } from '../catalog/cursor'
import { entryCodes, visits } from '../db/schema'
import { defineOperation } from '../operation'
import { toCodeView } from './code-view'
import { shortUrlsOf } from './short-links'
import { requireStoreForCodes } from './target'

export const listCodes = defineOperation({
  input: z
    .object({ storeId: idSchema, kind: z.enum(['qr', 'link']).optional(), cursor: cursorSchema, limit: limitSchema })
    .strict(),
  access: 'user',
  async run(ctx, input): Promise<Page<ListedCode>> {
    await requireStoreForCodes(ctx, input.storeId)
    const after = decodeCursor(input.cursor)
    const where: SQL[] = [eq(entryCodes.storeId, input.storeId)]
    where.push(or(isNull(entryCodes.channel), ne(entryCodes.channel, 'poster'))!)
    if (input.kind) where.push(eq(entryCodes.kind, input.kind))
    if (after !== null) where.push(lt(entryCodes.seq, after))
    const rows = await ctx.db
      .select()
      .from(entryCodes)
      .where(and(...where))
      .orderBy(desc(entryCodes.seq))
      .limit(input.limit + 1)
    const page = pageOf(rows, input.limit)

    const ids = page.rows.map((row) => row.id)
    const codeOf = sql<string>`${visits.entry}->>'code'`
    const counts = ids.length
      ? await ctx.db
          .select({ code: codeOf, visits: sql<number>`count(*)::int` })
          .from(visits)
          .where(and(eq(visits.storeId, input.storeId), inArray(codeOf, ids)))
          .groupBy(codeOf)
      : []
    const visitsOf = new Map(counts.map((c) => [c.code, Number(c.visits)]))
    const now = ctx.now()
    const webBase = ctx.platform.entryLinks.webBase()
    const shortUrls = await shortUrlsOf(ctx.db, webBase, ids)
    return {
      items: page.rows.map((row) => ({ ...toCodeView(row, now, webBase, shortUrls.get(row.id) ?? null), visits: visitsOf.get(row.id) ?? 0 })),
      nextCursor: page.nextCursor,
    }
  },
})
