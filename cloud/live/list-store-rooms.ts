// merchant.listLiveRooms: every room of the store for its console, banned ones included, newest
// start first. Unlike live.listRooms it passes the store gate, so the staff a role admits see
// the same list as the owner.
import { desc, eq } from 'drizzle-orm'
import { z } from 'zod'
import type { LiveRoom } from '../../src/domain/live'
import { idSchema } from '../../src/domain/validation'
import { liveRooms } from '../db/schema'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'
import { MAX_LISTED_ROOMS } from './list-rooms'
import { toLiveRooms } from './room-view'

export const listLiveRooms = defineOperation({
  input: z.object({ storeId: idSchema }).strict(),
  access: 'user',
  async run(ctx, { storeId }): Promise<{ items: LiveRoom[] }> {
    await requireOwnStore(ctx, storeId, '只能管理自己店铺的直播')
    const rows = await ctx.db.select().from(liveRooms).where(eq(liveRooms.storeId, storeId)).orderBy(desc(liveRooms.startAt)).limit(MAX_LISTED_ROOMS)
    return { items: await toLiveRooms(ctx.db, rows, ctx.identity?.openid) }
  },
})
