// live.getRoom: one room, whatever its status (the page says honestly what it cannot show).
// A known shopper opening a room that can be watched counts once as a viewer.
import { eq, sql } from 'drizzle-orm'
import type { LiveRoom } from '../../src/domain/live'
import { liveStatusInfo } from '../../src/domain/live'
import type { Ctx } from '../context'
import { liveRooms, liveViewers } from '../db/schema'
import { defineOperation } from '../operation'
import { roomIdInput } from './room-input'
import { findRoom, toLiveRoom, type LiveRoomRow } from './room-view'

async function countViewer(ctx: Ctx, room: LiveRoomRow, openid: string): Promise<LiveRoomRow> {
  return ctx.db.transaction(async (tx) => {
    const fresh = await tx.insert(liveViewers).values({ roomId: room.id, openid }).onConflictDoNothing().returning({ openid: liveViewers.openid })
    if (fresh.length === 0) return room
    const [updated] = await tx
      .update(liveRooms)
      .set({ viewers: sql`${liveRooms.viewers} + 1` })
      .where(eq(liveRooms.id, room.id))
      .returning()
    return updated ?? room
  })
}

export const getRoom = defineOperation({
  input: roomIdInput,
  access: 'public',
  async run(ctx, { roomId }): Promise<LiveRoom> {
    let room = await findRoom(ctx.db, roomId)
    const openid = ctx.identity?.openid
    if (openid && liveStatusInfo(room.status).player !== null) room = await countViewer(ctx, room, openid)
    return toLiveRoom(ctx.db, room, openid)
  },
})
