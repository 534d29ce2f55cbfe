// merchant.grantAlerts: the merchant tapped 订阅提醒 and WeChat's sheet accepted these kinds.
// Each acceptance allows one subscribe message (they are one-shot), so the grant adds one.
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import { ALERT_KINDS, type AlertSettings } from '../../src/domain/alerts'
import { idSchema } from '../../src/domain/validation'
import { alertGrants } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation, requireOpenid } from '../operation'
import { settingsFor } from './settings'

/** WeChat keeps at most this many unused acceptances per template; we count no further. */
const MAX_GRANTS = 50

export const grantAlerts = defineOperation({
  input: z
    .object({
      storeId: idSchema,
      kinds: z.array(z.enum(ALERT_KINDS, { errorMap: () => ({ message: '提醒类型无效' }) })).min(1, '请选择提醒类型').max(ALERT_KINDS.length),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { storeId, kinds }): Promise<AlertSettings> {
    const openid = requireOpenid(ctx)
    await requireOwnStore(ctx, storeId)
    for (const kind of new Set(kinds)) {
      await ctx.db
        .insert(alertGrants)
        .values({ storeId, openid, kind, remaining: 1 })
        .onConflictDoUpdate({
          target: [alertGrants.storeId, alertGrants.openid, alertGrants.kind],
          set: { remaining: sql`least(${MAX_GRANTS}, ${alertGrants.remaining} + 1)` },
        })
    }
    return settingsFor(ctx.db, storeId, openid)
  },
})
