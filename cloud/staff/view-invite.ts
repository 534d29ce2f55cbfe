// merchant.viewInvite: what the accept page shows before anyone accepts: the store, the role,
// and whether the invitation can still be accepted. Knowing the code is the permission.
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import type { InviteView } from '../../src/domain/staff-roles'
import { staffInvites, stores } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { inviteCodeSchema } from './invite-code'

export const viewInvite = defineOperation({
  input: z.object({ inviteCode: inviteCodeSchema }).strict(),
  access: 'user',
  async run(ctx, { inviteCode }): Promise<InviteView> {
    const openid = requireOpenid(ctx)
    const [found] = await ctx.db
      .select({ invite: staffInvites, storeName: stores.name, owner: stores.ownerOpenid })
      .from(staffInvites)
      .innerJoin(stores, eq(stores.id, staffInvites.storeId))
      .where(eq(staffInvites.code, inviteCode))
      .limit(1)
    if (!found) throw new AppError('NOT_FOUND', '邀请码不存在')
    const { invite } = found
    const status = found.owner === openid ? 'own' : invite.acceptedBy ? 'used' : invite.expiresAt <= ctx.now() ? 'expired' : 'open'
    return { storeId: invite.storeId, storeName: found.storeName, role: invite.role, expiresAt: invite.expiresAt.toISOString(), status }
  },
})
