// Input schemas of the 接龙 actions (merchant.saveJielong … and the jielong function).
import { z } from 'zod'
import { JIELONG_DELIVERIES, JIELONG_LIMITS as L } from '../../src/domain/jielong'
import { multilineText } from '../../src/domain/text-schema'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { textField } from '../merchant/input-fields'
import { addressSchema, createInput, lineItemsSchema, NOTE_MAX } from '../order/order-input'

const isoTime = z.string().datetime({ offset: true, message: '时间格式应为 ISO 8601，例如 2026-11-25T20:00:00+08:00' })

export const saveJielongInput = z
  .object({
    storeId: idSchema,
    jielongId: idSchema.optional(),
    title: textField('标题', L.title, { required: true }),
    intro: textField('介绍', L.intro, { multiline: true }).optional(),
    items: z
      .array(z.object({ skuId: idSchema, limitPerPerson: z.number().int().min(1).max(L.perPerson).nullish() }).strict())
      .min(1, '至少选择一件商品')
      .max(L.items, `最多 ${L.items} 种商品`)
      .superRefine((items, ctx) => {
        const seen = new Set<string>()
        items.forEach((item, index) => {
          if (seen.has(item.skuId)) ctx.addIssue({ code: 'custom', path: [index, 'skuId'], message: '同一规格出现了两次' })
          seen.add(item.skuId)
        })
      }),
    endAt: isoTime,
    delivery: z.enum(JIELONG_DELIVERIES, { errorMap: () => ({ message: '配送方式应为自提、快递或两者' }) }),
    pickupPoints: z
      .array(
        z
          .object({
            id: idSchema.optional(),
            name: textField('自提点名称', L.pointName, { required: true }),
            address: textField('自提点地址', L.pointAddress, { required: true }),
          })
          .strict(),
      )
      .max(L.pickupPoints, `自提点最多 ${L.pickupPoints} 个`)
      .optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.delivery !== 'express' && (input.pickupPoints ?? []).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['pickupPoints'], message: '自提需要至少一个自提点' })
    }
  })

export const jielongRef = z.object({ storeId: idSchema, jielongId: idSchema }).strict()

export const joinInput = z
  .object({
    jielongId: idSchema,
    lines: lineItemsSchema,
    pickupPointId: idSchema.optional(),
    address: addressSchema.optional(),
    note: multilineText({ max: NOTE_MAX }).optional(),
    idempotencyKey: createInput.innerType().shape.idempotencyKey,
  })
  .strict()

export const listEntriesInput = z.object({ jielongId: idSchema, cursor: cursorSchema, limit: limitSchema }).strict()

export type SaveJielongInput = z.output<typeof saveJielongInput>
export type JoinInput = z.output<typeof joinInput>
