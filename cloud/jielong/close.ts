// merchant.closeJielong: ends a 接龙 early. Joining is then JIELONG_CLOSED; entries already made
// keep their orders' normal lifecycle. Closing a closed one answers it as it is.
import { and, eq, isNull } from 'drizzle-orm'
import type { Jielong } from '../../src/domain/jielong'
import { jielongs } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'
import { jielongRef } from './input'
import { loadJielongRow, toJielong } from './view'

export const closeJielong = defineOperation({
  input: jielongRef,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, jielongId }): Promise<Jielong> {
    await requireOwnStore(ctx, storeId)
    const now = ctx.now()
    const row = await loadJielongRow(ctx.db, jielongId, storeId)
    if (row.closedAt) return toJielong(ctx.db, row, now)
    const [closed] = await ctx.db
      .update(jielongs)
      .set({ closedAt: now, updatedAt: now })
      .where(and(eq(jielongs.id, jielongId), isNull(jielongs.closedAt)))
      .returning()
    return toJielong(ctx.db, closed ?? (await loadJielongRow(ctx.db, jielongId, storeId)), now)
  },
})
