// merchant.pendingCounts: what waits for the store (orders to ship, refund requests, unread
// messages) in one read for the console home. Every role of the store may ask; each count is
// answered only to a role that may act on it (src/domain/pending-counts.ts), null otherwise.
import { and, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { PENDING_ACTIONS, type PendingCounts } from '../../src/domain/pending-counts'
import { roleMay, type StoreRole } from '../../src/domain/staff-roles'
import { idSchema } from '../../src/domain/validation'
import { rowsOf } from '../db/rows'
import { storeStaff } from '../db/schema'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation, requireOpenid } from '../operation'

export const pendingCounts = defineOperation({
  input: z.object({ storeId: idSchema }).strict(),
  access: 'user',
  async run(ctx, input): Promise<PendingCounts> {
    const store = await requireOwnStore(ctx, input.storeId)
    const openid = requireOpenid(ctx)
    let role: StoreRole = 'owner'
    if (store.ownerOpenid !== openid) {
      const [member] = await ctx.db
        .select({ role: storeStaff.role })
        .from(storeStaff)
        .where(and(eq(storeStaff.storeId, input.storeId), eq(storeStaff.openid, openid)))
        .limit(1)
      role = member.role
    }
    const result = await ctx.db.execute(sql`
      select count(*) filter (where status = 'paid')::int as to_ship,
        count(*) filter (where status = 'refund_requested')::int as refunds,
        (select coalesce(sum(store_unread), 0)::int from conversations where store_id = ${input.storeId}) as unread
      from orders where store_id = ${input.storeId} and status in ('paid', 'refund_requested')`)
    const [row] = rowsOf<{ to_ship: number; refunds: number; unread: number }>(result)
    const may = (kind: keyof PendingCounts) => roleMay(role, PENDING_ACTIONS[kind])
    return {
      toShip: may('toShip') ? Number(row.to_ship) : null,
      refunds: may('refunds') ? Number(row.refunds) : null,
      unreadMessages: may('unreadMessages') ? Number(row.unread) : null,
    }
  },
})
