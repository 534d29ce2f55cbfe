// The one gate of every store-scoped merchant action (console, codes and links, live rooms,
// orders): the store exists (else NOT_FOUND) and the caller is its owner, or a member of its
// staff whose role may run the action dispatch is running (src/domain/staff-roles.ts); anyone
// else is FORBIDDEN. Ids come from ctx.identity, never the payload. The membership is joined
// into the store's own query, so the owner's path costs the one query it always did.
import { and, eq } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import { ROLE_LABELS, roleMay, type StaffRole } from '../../src/domain/staff-roles'
import type { Ctx } from '../context'
import { stores, storeStaff } from '../db/schema'
import { requireOpenid } from '../operation'

export type StoreRow = typeof stores.$inferSelect

/** `forbidden`: what the refusal tells a stranger (another store's owner) about what they tried to manage. */
export async function requireOwnStore(ctx: Ctx, storeId: string, forbidden = '这不是你的店铺，无法管理'): Promise<StoreRow> {
  const openid = requireOpenid(ctx)
  const [found] = await ctx.db
    .select({ store: stores, staffRole: storeStaff.role })
    .from(stores)
    .leftJoin(storeStaff, and(eq(storeStaff.storeId, stores.id), eq(storeStaff.openid, openid)))
    .where(eq(stores.id, storeId))
    .limit(1)
  if (!found) throw new AppError('NOT_FOUND', '店铺不存在')
  admit(ctx, openid, found.store.ownerOpenid, found.staffRole, forbidden)
  return found.store
}

/**
 * The gate's decision, for callers that reach the store through something it owns (an order):
 * they join the owner and the caller's membership into their own query and ask here.
 */
export function admit(ctx: Ctx, openid: string, ownerOpenid: string, staffRole: StaffRole | null, forbidden: string): void {
  if (ownerOpenid === openid) return
  if (!staffRole) throw new AppError('FORBIDDEN', forbidden)
  // Outside dispatch no action is known, and a member is let through nothing unnamed.
  if (!ctx.action || !roleMay(staffRole, ctx.action)) {
    throw new AppError('FORBIDDEN', `你在本店的角色是${ROLE_LABELS[staffRole]}，不能进行此操作`)
  }
}
