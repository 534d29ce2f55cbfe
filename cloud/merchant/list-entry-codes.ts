import { and, desc, eq, lt, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { EntryCodeView } from '../../src/domain/merchant-console'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { decodeCursor, pageOf } from '../catalog/cursor'
import { entryCodes } from '../db/schema'
import { shortUrlsOf } from '../entry/short-links'
import { defineOperation } from '../operation'
import { requireOwnStore } from './own-store'

/**
 * The QR codes and links made for the store (entry.createQrCode / createLink write them),
 * newest first, for the console's growth page.
 */
export const listEntryCodes = defineOperation({
  input: z
    .object({ storeId: idSchema, kind: z.enum(['qr', 'link']).optional(), cursor: cursorSchema, limit: limitSchema })
    .strict(),
  access: 'user',
  async run(ctx, input): Promise<{ items: EntryCodeView[]; nextCursor: string | null }> {
    await requireOwnStore(ctx, input.storeId)
    const after = decodeCursor(input.cursor)
    const where: SQL[] = [eq(entryCodes.storeId, input.storeId)]
    if (input.kind) where.push(eq(entryCodes.kind, input.kind))
    if (after !== null) where.push(lt(entryCodes.seq, after))
    const rows = await ctx.db.select().from(entryCodes).where(and(...where)).orderBy(desc(entryCodes.seq)).limit(input.limit + 1)
    const page = pageOf(rows, input.limit)
    const now = ctx.now()
    const shortUrls = await shortUrlsOf(ctx.db, ctx.platform.entryLinks.webBase(), page.rows.map((row) => row.id))
    return {
      items: page.rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        productId: row.productId,
        roomId: row.roomId,
        campaign: row.campaign,
        channel: row.channel,
        scene: row.scene,
        path: row.path,
        query: row.query,
        url: row.url,
        // A code's picture is kept in url; image names it so the console shows it as a picture.
        image: row.kind === 'qr' ? row.url : null,
        shortUrl: row.kind === 'link' && !(row.expiresAt && row.expiresAt <= now) ? (shortUrls.get(row.id) ?? null) : null,
        expiresAt: row.expiresAt ? row.expiresAt.toISOString() : null,
        createdAt: row.createdAt.toISOString(),
      })),
      nextCursor: page.nextCursor,
    }
  },
})
