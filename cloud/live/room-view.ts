// Turns live_rooms rows into the wire's LiveRoom: the pinned goods that are on sale (one query
// for a whole list) and whether the caller asked for the room's 开播提醒.
import { and, eq, inArray } from 'drizzle-orm'
import { isSoldOut, priceBounds } from '../../src/domain/catalog'
import { AppError } from '../../src/domain/errors'
import { isLiveStatus, type LiveGood, type LiveRoom } from '../../src/domain/live'
import { LIVE_STATUS } from '../../src/domain/live-status'
import { toProducts } from '../catalog/product-view'
import type { Db, Tx } from '../db/client'
import { liveRooms, liveSubscriptions, products, stores } from '../db/schema'
import { riskyImages } from '../media/risky-images'

export type LiveRoomRow = typeof liveRooms.$inferSelect

/** The room, or NOT_FOUND. */
export async function findRoom(db: Db | Tx, roomId: string): Promise<LiveRoomRow> {
  const [row] = await db.select().from(liveRooms).where(eq(liveRooms.id, roomId)).limit(1)
  if (!row) throw new AppError('NOT_FOUND', '直播间不存在')
  return row
}

export async function toLiveRooms(db: Db | Tx, rows: readonly LiveRoomRow[], openid?: string | null): Promise<LiveRoom[]> {
  if (rows.length === 0) return []
  const pinned = [...new Set(rows.flatMap((row) => row.productIds))]
  const [productRows, subscribed, risky] = await Promise.all([
    pinned.length === 0
      ? Promise.resolve([])
      : db.select().from(products).where(and(inArray(products.id, pinned), eq(products.status, 'on_sale'))),
    openid
      ? db
          .select({ roomId: liveSubscriptions.roomId })
          .from(liveSubscriptions)
          .where(and(eq(liveSubscriptions.openid, openid), inArray(liveSubscriptions.roomId, rows.map((row) => row.id))))
      : Promise.resolve([]),
    riskyImages(db, rows.map((row) => row.cover)),
  ])
  // Who may still see a risky cover, flagged: the owners of the stores whose rooms have one.
  const flaggedStores = [...new Set(rows.filter((row) => risky.has(row.cover)).map((row) => row.storeId))]
  const owned = new Set(
    openid && flaggedStores.length > 0
      ? (await db.select({ id: stores.id }).from(stores).where(and(inArray(stores.id, flaggedStores), eq(stores.ownerOpenid, openid)))).map((s) => s.id)
      : [],
  )
  const coverOf = (row: LiveRoomRow): Pick<LiveRoom, 'cover' | 'coverFlagged'> =>
    !risky.has(row.cover) ? { cover: row.cover } : owned.has(row.storeId) ? { cover: row.cover, coverFlagged: true } : { cover: '' }
  const goods = new Map<string, LiveGood>()
  for (const product of await toProducts(db, productRows)) {
    goods.set(product.id, {
      id: product.id,
      title: product.title,
      image: product.images[0] ?? '',
      price: priceBounds(product)?.low ?? 0,
      soldOut: isSoldOut(product),
    })
  }
  const subscribedRooms = new Set(subscribed.map((row) => row.roomId))
  return rows.map((row) => ({
    id: row.id,
    storeId: row.storeId,
    platformRoomId: row.platformRoomId,
    title: row.title,
    ...coverOf(row),
    anchorName: row.anchorName,
    // The column's check keeps it within 101–107.
    status: isLiveStatus(row.status) ? row.status : LIVE_STATUS.error,
    startAt: row.startAt.toISOString(),
    endAt: row.endAt.toISOString(),
    productIds: row.productIds,
    viewers: row.viewers,
    likes: row.likes,
    comments: row.comments,
    streamUrl: row.streamUrl,
    replayUrl: row.replayUrl,
    goods: row.productIds.flatMap((id) => goods.get(id) ?? []),
    subscribed: subscribedRooms.has(row.id),
  }))
}

export async function toLiveRoom(db: Db | Tx, row: LiveRoomRow, openid?: string | null): Promise<LiveRoom> {
  const [room] = await toLiveRooms(db, [row], openid)
  return room
}
