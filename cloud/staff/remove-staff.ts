// merchant.removeStaff: the owner takes a member off the store. The membership row goes, and
// the gate reads it on every call, so their very next action is refused.
import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { storeStaff } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'
import { openidSchema } from './invite-code'

export const removeStaff = defineOperation({
  input: z.object({ storeId: idSchema, openid: openidSchema }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, openid }): Promise<{ removed: true }> {
    await requireOwnStore(ctx, storeId, '只有店主可以移除店员')
    const [gone] = await ctx.db
      .delete(storeStaff)
      .where(and(eq(storeStaff.storeId, storeId), eq(storeStaff.openid, openid)))
      .returning({ openid: storeStaff.openid })
    if (!gone) throw new AppError('NOT_FOUND', '该店员不存在或已被移除')
    return { removed: true }
  },
})
