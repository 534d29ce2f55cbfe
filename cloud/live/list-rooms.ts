// live.listRooms: a store's rooms, newest start first. Shoppers do not see banned rooms; the
// store's owner sees every room (the console lists them with their status).
import { and, desc, eq, ne, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import type { LiveRoom } from '../../src/domain/live'
import { LIVE_STATUS } from '../../src/domain/live-status'
import { idSchema } from '../../src/domain/validation'
import { liveRooms, stores } from '../db/schema'
import { defineOperation } from '../operation'
import { toLiveRooms } from './room-view'

export const MAX_LISTED_ROOMS = 50

export const listRooms = defineOperation({
  input: z.object({ storeId: idSchema }).strict(),
  access: 'public',
  async run(ctx, { storeId }): Promise<{ items: LiveRoom[] }> {
    const [store] = await ctx.db.select({ owner: stores.ownerOpenid }).from(stores).where(eq(stores.id, storeId)).limit(1)
    if (!store) throw new AppError('NOT_FOUND', '店铺不存在')
    const where: SQL[] = [eq(liveRooms.storeId, storeId)]
    if (store.owner !== ctx.identity?.openid) where.push(ne(liveRooms.status, LIVE_STATUS.banned))
    const rows = await ctx.db
      .select()
      .from(liveRooms)
      .where(and(...where))
      .orderBy(desc(liveRooms.startAt))
      .limit(MAX_LISTED_ROOMS)
    return { items: await toLiveRooms(ctx.db, rows, ctx.identity?.openid) }
  },
})
