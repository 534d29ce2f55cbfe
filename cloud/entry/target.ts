// The store owner's side of codes and links: who may make them, and what they open.
import { and, eq } from 'drizzle-orm'
import type { CodeTarget } from '../../src/domain/entry-codec'
import { AppError } from '../../src/domain/errors'
import type { Ctx } from '../context'
import { liveRooms, products } from '../db/schema'
import { requireOwnStore } from '../merchant/own-store'

/** The caller's store, or FORBIDDEN for another's and NOT_FOUND for none. */
export function requireStoreForCodes(ctx: Ctx, storeId: string) {
  return requireOwnStore(ctx, storeId, '只有店主可以管理本店的推广码和链接')
}

/**
 * What a code or link for the caller's store opens. A product or live room must be the store's
 * own: a code pointing at another store's room would credit its visits and campaign to this
 * store. Another store's and a missing one are the same NOT_FOUND, so a code reveals nothing.
 */
export async function ownedTarget(
  ctx: Ctx,
  input: { storeId: string; productId?: string; roomId?: string },
): Promise<{ openid: string; target: CodeTarget }> {
  const store = await requireStoreForCodes(ctx, input.storeId)
  if (input.productId) {
    const [product] = await ctx.db
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.id, input.productId), eq(products.storeId, store.id)))
      .limit(1)
    if (!product) throw new AppError('NOT_FOUND', '本店没有这个商品')
    return { openid: store.ownerOpenid, target: { kind: 'product', productId: product.id, storeId: store.id } }
  }
  if (input.roomId) {
    const [room] = await ctx.db
      .select({ id: liveRooms.id })
      .from(liveRooms)
      .where(and(eq(liveRooms.id, input.roomId), eq(liveRooms.storeId, store.id)))
      .limit(1)
    if (!room) throw new AppError('NOT_FOUND', '本店没有这个直播间')
    return { openid: store.ownerOpenid, target: { kind: 'room', roomId: room.id, storeId: store.id } }
  }
  return { openid: store.ownerOpenid, target: { kind: 'store', storeId: store.id } }
}
