// Input pieces the entry operations share.
import { z } from 'zod'
import { normalizeCampaign } from '../../src/domain/entry-codec'
import { idSchema } from '../../src/domain/validation'
import { text } from '../../src/domain/text-schema'

/** A campaign name (e.g. 门店收银台, spring), normalised; refused when nothing usable is left. */
export const campaignSchema = text({ max: 64 })
  .transform((raw, ctx) => {
    const campaign = normalizeCampaign(raw)
    if (campaign === null) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: '活动名称须为 1–20 个字，不含控制字符' })
      return z.NEVER
    }
    return campaign
  })

/** What a merchant's code or link opens: the store, or one product or live room in it. */
export const targetFields = {
  storeId: idSchema,
  productId: idSchema.optional(),
  roomId: idSchema.optional(),
  campaign: campaignSchema.optional(),
}

export const oneTarget = (input: { productId?: string; roomId?: string }) => !(input.productId && input.roomId)
export const oneTargetMessage = { message: '商品和直播间只能二选一', path: ['roomId'] }
