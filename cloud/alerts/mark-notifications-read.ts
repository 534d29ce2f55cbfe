// merchant.markNotificationsRead: the merchant opened the list; the badge goes to zero.
import { and, eq, isNull } from 'drizzle-orm'
import { z } from 'zod'
import { idSchema } from '../../src/domain/validation'
import { notifications } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'

export const markNotificationsRead = defineOperation({
  input: z.object({ storeId: idSchema }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId }): Promise<{ unread: 0 }> {
    await requireOwnStore(ctx, storeId)
    await ctx.db
      .update(notifications)
      .set({ readAt: ctx.now() })
      .where(and(eq(notifications.storeId, storeId), isNull(notifications.readAt)))
    return { unread: 0 }
  },
})
