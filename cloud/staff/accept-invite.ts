// merchant.acceptInvite: the invitee joins the store in the invitation's role. The invitation
// is spent by one conditional update, so of two acceptances at once exactly one wins; a member
// invited again takes the new role.
import { and, eq, gt, isNull, sql } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import type { StaffRole } from '../../src/domain/staff-roles'
import { staffInvites, stores, storeStaff } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { defineOperation, requireOpenid } from '../operation'
import { inviteCodeSchema } from './invite-code'

export const acceptInvite = defineOperation({
  input: z.object({ inviteCode: inviteCodeSchema }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { inviteCode }): Promise<{ storeId: string; role: StaffRole }> {
    const openid = requireOpenid(ctx)
    const now = ctx.now()
    const [found] = await ctx.db
      .select({ invite: staffInvites, owner: stores.ownerOpenid })
      .from(staffInvites)
      .innerJoin(stores, eq(stores.id, staffInvites.storeId))
      .where(eq(staffInvites.code, inviteCode))
      .limit(1)
    if (!found) throw new AppError('NOT_FOUND', '邀请码不存在')
    if (found.owner === openid) throw new AppError('FORBIDDEN', '你是这家店的店主，不能接受店员邀请')
    if (found.invite.acceptedBy) throw new AppError('CONFLICT', '这个邀请已被使用，请让店主重新邀请')
    if (found.invite.expiresAt <= now) throw new AppError('FORBIDDEN', '邀请已过期，请让店主重新邀请')
    const { storeId, role } = found.invite
    return ctx.db.transaction(async (tx) => {
      const [spent] = await tx
        .update(staffInvites)
        .set({ acceptedBy: openid, acceptedAt: now })
        .where(and(eq(staffInvites.code, inviteCode), isNull(staffInvites.acceptedBy), gt(staffInvites.expiresAt, now)))
        .returning({ code: staffInvites.code })
      if (!spent) throw new AppError('CONFLICT', '这个邀请已被使用，请让店主重新邀请')
      await tx
        .insert(storeStaff)
        .values({ storeId, openid, role, createdAt: now })
        .onConflictDoUpdate({ target: [storeStaff.storeId, storeStaff.openid], set: { role, createdAt: sql`excluded.created_at` } })
      return { storeId, role }
    })
  },
})
