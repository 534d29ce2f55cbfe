// merchant.inviteStaff: the owner makes a one-time invitation for one role, good for 24 hours,
// shown as a Mini Program code (opening the accept page) and shared as a card with its path.
import { z } from 'zod'
import { ACCEPT_INVITE_PAGE, INVITE_TTL_MS, STAFF_ROLES, type StaffInvite, type StaffRole } from '../../src/domain/staff-roles'
import { idSchema } from '../../src/domain/validation'
import { staffInvites } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation, requireOpenid } from '../operation'
import { newInviteCode } from './invite-code'

export const inviteStaff = defineOperation({
  input: z
    .object({ storeId: idSchema, role: z.enum(STAFF_ROLES as [StaffRole, ...StaffRole[]], { errorMap: () => ({ message: '请选择店员角色' }) }) })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, role }): Promise<StaffInvite> {
    await requireOwnStore(ctx, storeId, '只有店主可以邀请店员')
    const inviteCode = newInviteCode()
    const expiresAt = new Date(ctx.now().getTime() + INVITE_TTL_MS)
    // The code first: if the platform refuses to make it, no invitation is left behind.
    const { image } = await ctx.platform.entryLinks.createCode({ scene: inviteCode, page: ACCEPT_INVITE_PAGE })
    await ctx.db.insert(staffInvites).values({ code: inviteCode, storeId, role, createdBy: requireOpenid(ctx), expiresAt })
    return { inviteCode, role, path: `${ACCEPT_INVITE_PAGE}?code=${inviteCode}`, expiresAt: expiresAt.toISOString(), image }
  },
})
