// Input schemas the order actions share: lines, address, delivery. Limits and address rules
// come from src/domain so the app's forms check the same things before sending.
import { z } from 'zod'
import { ORDER_NOTE_MAX } from '../../src/domain/text-limits'
import { ADDRESS_LIMITS, validateAddress } from '../../src/domain/address'
import { MAX_LINE_QUANTITY, MAX_ORDER_LINES } from '../../src/domain/order-pricing'
import { ORDER_STATUSES } from '../../src/domain/order-state'
import { idSchema } from '../../src/domain/validation'
import { multilineText, text } from '../../src/domain/text-schema'

export const orderIdInput = z.object({ orderId: idSchema }).strict()

export const lineItemsSchema = z
  .array(
    z
      .object({
        skuId: idSchema,
        quantity: z.number().int('数量必须是整数').min(1).max(MAX_LINE_QUANTITY),
      })
      .strict(),
  )
  .min(1, '至少选择一件商品')
  .max(MAX_ORDER_LINES, `一个订单最多 ${MAX_ORDER_LINES} 种商品`)
  .superRefine((items, ctx) => {
    const seen = new Set<string>()
    items.forEach((item, index) => {
      if (seen.has(item.skuId)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index, 'skuId'], message: '同一规格出现了两次' })
      seen.add(item.skuId)
    })
  })

export const addressSchema = z
  .object({
    // Generous caps before the address book's own rules (which trim and normalise first).
    userName: text({ max: ADDRESS_LIMITS.userName * 2 }),
    telNumber: text({ max: 32 }),
    provinceName: text({ max: ADDRESS_LIMITS.region * 2 }),
    cityName: text({ max: ADDRESS_LIMITS.region * 2 }),
    countyName: text({ max: ADDRESS_LIMITS.region * 2 }),
    // A pasted address may break lines; validateAddress folds them into spaces.
    detailInfo: multilineText({ max: ADDRESS_LIMITS.detailInfo * 2 }),
    postalCode: text({ max: 12 }).optional(),
  })
  .strict()
  .superRefine((address, ctx) => {
    const checked = validateAddress(address)
    if (checked.ok) return
    for (const [field, message] of Object.entries(checked.errors)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message })
    }
  })

export const NOTE_MAX = ORDER_NOTE_MAX

const requestFields = {
  storeId: idSchema,
  items: lineItemsSchema,
  address: addressSchema.optional(),
  delivery: z.enum(['express', 'pickup']),
  note: multilineText({ max: NOTE_MAX }).optional(),
  /** What the shopper was shown; a different server total is PRICE_CHANGED. */
  expectedTotal: z.number().int().min(0).optional(),
  /** The caller's own coupon to use (coupon.mine); its discount is computed here, never sent. */
  userCouponId: idSchema.optional(),
}

function needsAddress(input: { delivery: string; address?: unknown }, ctx: z.RefinementCtx): void {
  if (input.delivery === 'express' && !input.address) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['address'], message: '快递配送需要填写收货地址' })
  }
}

/** A quote prices the lines and delivery; the address is only needed to place the order. */
export const quoteInput = z.object(requestFields).strict()

export const createInput = z
  .object({
    ...requestFields,
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '幂等键应为 8–64 位字母、数字、- 或 _'),
    visitId: idSchema.optional(),
  })
  .strict()
  .superRefine(needsAddress)

export type QuoteInput = z.output<typeof quoteInput>
export type CreateInput = z.output<typeof createInput>

export const statusSchema = z.enum(ORDER_STATUSES)

/** One status, or several (a tab such as 退款 covers refund_requested and refunded). */
export const statusFilterSchema = z.union([statusSchema, z.array(statusSchema).min(1).max(ORDER_STATUSES.length)]).optional()

export function statusList(filter: z.output<typeof statusFilterSchema>): string[] | null {
  if (filter === undefined) return null
  return Array.isArray(filter) ? [...new Set(filter)] : [filter]
}
