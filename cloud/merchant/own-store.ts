// The one gate of every store-scoped owner action (merchant console, codes and links, live
// rooms): the store exists (else NOT_FOUND) and the caller owns it (else FORBIDDEN). Owner ids
// come from ctx.identity, never the payload.
import { eq } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import type { Ctx } from '../context'
import { stores } from '../db/schema'
import { requireOpenid } from '../operation'

export type StoreRow = typeof stores.$inferSelect

/** `forbidden`: what the refusal tells another store's owner about what they tried to manage. */
export async function requireOwnStore(ctx: Ctx, storeId: string, forbidden = '这不是你的店铺，无法管理'): Promise<StoreRow> {
  const openid = requireOpenid(ctx)
  const [store] = await ctx.db.select().from(stores).where(eq(stores.id, storeId)).limit(1)
  if (!store) throw new AppError('NOT_FOUND', '店铺不存在')
  if (store.ownerOpenid !== openid) throw new AppError('FORBIDDEN', forbidden)
  return store
}
