// merchant.alertSettings: the store's alert settings and the caller's subscribe messages left.
import { z } from 'zod'
import type { AlertSettings } from '../../src/domain/alerts'
import { idSchema } from '../../src/domain/validation'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation, requireOpenid } from '../operation'
import { settingsFor } from './settings'

export const getAlertSettings = defineOperation({
  input: z.object({ storeId: idSchema }).strict(),
  access: 'user',
  async run(ctx, { storeId }): Promise<AlertSettings> {
    await requireOwnStore(ctx, storeId)
    return settingsFor(ctx.db, storeId, requireOpenid(ctx))
  },
})
