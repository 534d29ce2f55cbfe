// merchant.saveAlertSettings: which alerts the store wants, and its low-stock line (0 = off).
import { z } from 'zod'
import { MAX_LOW_STOCK, type AlertSettings } from '../../src/domain/alerts'
import { idSchema } from '../../src/domain/validation'
import { alertSettings } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation, requireOpenid } from '../operation'
import { settingsFor } from './settings'

export const saveAlertSettings = defineOperation({
  input: z
    .object({
      storeId: idSchema,
      newOrder: z.boolean({ invalid_type_error: '新订单提醒应为开或关' }),
      lowStock: z
        .number({ invalid_type_error: '请填写库存提醒数量' })
        .int('库存提醒数量应为整数')
        .min(0, '库存提醒数量不能为负数')
        .max(MAX_LOW_STOCK, `库存提醒数量最多 ${MAX_LOW_STOCK}`),
      refundRequested: z.boolean({ invalid_type_error: '退款提醒应为开或关' }).optional(),
      newMessage: z.boolean({ invalid_type_error: '消息提醒应为开或关' }).optional(),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<AlertSettings> {
    await requireOwnStore(ctx, input.storeId)
    const values = {
      newOrder: input.newOrder,
      lowStock: input.lowStock,
      ...(input.refundRequested === undefined ? {} : { refundRequested: input.refundRequested }),
      ...(input.newMessage === undefined ? {} : { newMessage: input.newMessage }),
      updatedAt: ctx.now(),
    }
    await ctx.db
      .insert(alertSettings)
      .values({ storeId: input.storeId, ...values })
      .onConflictDoUpdate({ target: alertSettings.storeId, set: values })
    return settingsFor(ctx.db, input.storeId, requireOpenid(ctx))
  },
})
