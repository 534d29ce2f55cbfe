// merchant.listStaff: the store's members for its owner, longest-serving first, with the
// nickname they set (empty when they never did).
import { asc, eq } from 'drizzle-orm'
import { z } from 'zod'
import type { StaffMember } from '../../src/domain/staff-roles'
import { idSchema } from '../../src/domain/validation'
import { storeStaff, users } from '../db/schema'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'

export const listStaff = defineOperation({
  input: z.object({ storeId: idSchema }).strict(),
  access: 'user',
  async run(ctx, { storeId }): Promise<{ items: StaffMember[] }> {
    await requireOwnStore(ctx, storeId, '只有店主可以查看店员')
    const rows = await ctx.db
      .select({ openid: storeStaff.openid, nickname: users.nickname, role: storeStaff.role, since: storeStaff.createdAt })
      .from(storeStaff)
      .leftJoin(users, eq(users.openid, storeStaff.openid))
      .where(eq(storeStaff.storeId, storeId))
      .orderBy(asc(storeStaff.seq))
    return { items: rows.map((row) => ({ openid: row.openid, nickname: row.nickname ?? '', role: row.role, since: row.since.toISOString() })) }
  },
})
