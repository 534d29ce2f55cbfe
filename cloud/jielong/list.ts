// merchant.listJielongs: the store's 接龙, newest first, for the console.
import { desc, eq } from 'drizzle-orm'
import { z } from 'zod'
import type { Jielong } from '../../src/domain/jielong'
import { idSchema } from '../../src/domain/validation'
import { jielongs } from '../db/schema'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'
import { toJielong } from './view'

/** A console list, not a feed: a store runs a handful at a time. */
const SHOWN = 50

export const listJielongs = defineOperation({
  input: z.object({ storeId: idSchema }).strict(),
  access: 'user',
  async run(ctx, { storeId }): Promise<{ items: Jielong[] }> {
    await requireOwnStore(ctx, storeId)
    const rows = await ctx.db.select().from(jielongs).where(eq(jielongs.storeId, storeId)).orderBy(desc(jielongs.seq)).limit(SHOWN)
    const now = ctx.now()
    return { items: await Promise.all(rows.map((row) => toJielong(ctx.db, row, now))) }
  },
})
