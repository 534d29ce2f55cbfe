// merchant.saveCoupon: creates a coupon of the merchant's store, or changes one. Copies already
// claimed keep the terms they were claimed with; the total may not drop below what was handed out.
import { and, eq, inArray, sql } from 'drizzle-orm'
import { z } from 'zod'
import {
  COUPON_AUDIENCES,
  COUPON_KINDS,
  MAX_COUPON_PRODUCTS,
  MAX_COUPON_QUANTITY,
  MAX_COUPON_TITLE,
  MAX_PER_PERSON,
  MAX_PERCENT_OFF,
  type Coupon,
} from '../../src/domain/coupon'
import { AppError } from '../../src/domain/errors'
import { MAX_ORDER_TOTAL } from '../../src/domain/order-pricing'
import { idSchema } from '../../src/domain/validation'
import { newId } from '../db/ids'
import { coupons, products } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { textField } from '../merchant/input-fields'
import { checkMerchantText } from '../merchant/merchant-text'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation, requireOpenid } from '../operation'
import { toCoupons } from './coupon-view'

const isoTime = z
  .string()
  .datetime({ offset: true, message: '时间格式应为 ISO 8601，例如 2026-11-25T20:00:00+08:00' })
  .transform((value) => new Date(value))
const fen = (label: string) => z.number({ invalid_type_error: `${label}应为整数（分）` }).int(`${label}应为整数（分）`)

export const saveCouponInput = z
  .object({
    storeId: idSchema,
    couponId: idSchema.optional(),
    title: textField('优惠券名称', MAX_COUPON_TITLE, { required: true }),
    kind: z.enum(COUPON_KINDS, { errorMap: () => ({ message: '类型应为立减（amount）或折扣（percent）' }) }),
    amountOff: fen('减免金额').min(1, '减免金额至少 ¥0.01').max(MAX_ORDER_TOTAL).optional(),
    percentOff: z.number().int('折扣应为整数').min(1, '折扣至少减 1%').max(MAX_PERCENT_OFF, `折扣最多减 ${MAX_PERCENT_OFF}%`).optional(),
    minSpend: fen('使用门槛').min(0).max(MAX_ORDER_TOTAL),
    totalQuantity: z.number().int().min(1, '发放总量至少 1 张').max(MAX_COUPON_QUANTITY),
    perPersonLimit: z.number().int().min(1, '每人限领至少 1 张').max(MAX_PER_PERSON),
    startAt: isoTime,
    endAt: isoTime,
    audience: z.enum(COUPON_AUDIENCES, { errorMap: () => ({ message: '发放对象应为 all / new / lapsed' }) }),
    productIds: z.array(idSchema).max(MAX_COUPON_PRODUCTS, `指定商品最多 ${MAX_COUPON_PRODUCTS} 件`).optional(),
  })
  .strict()
  .superRefine((input, issues) => {
    if (input.kind === 'amount' && input.amountOff === undefined) {
      issues.addIssue({ code: z.ZodIssueCode.custom, path: ['amountOff'], message: '立减券需要填写减免金额' })
    }
    if (input.kind === 'percent' && input.percentOff === undefined) {
      issues.addIssue({ code: z.ZodIssueCode.custom, path: ['percentOff'], message: '折扣券需要填写折扣' })
    }
    if (input.kind === 'amount' && input.amountOff !== undefined && input.minSpend > 0 && input.amountOff > input.minSpend) {
      issues.addIssue({ code: z.ZodIssueCode.custom, path: ['amountOff'], message: '减免金额不能超过使用门槛' })
    }
    if (input.endAt.getTime() <= input.startAt.getTime()) {
      issues.addIssue({ code: z.ZodIssueCode.custom, path: ['endAt'], message: '结束时间应晚于开始时间' })
    }
  })

export const saveCoupon = defineOperation({
  input: saveCouponInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<Coupon> {
    await requireOwnStore(ctx, input.storeId)
    const productIds = [...new Set(input.productIds ?? [])]
    if (productIds.length > 0) {
      const found = await ctx.db
        .select({ id: products.id })
        .from(products)
        .where(and(eq(products.storeId, input.storeId), inArray(products.id, productIds)))
      if (found.length !== productIds.length) throw new AppError('VALIDATION_FAILED', '指定的商品不属于这家店铺')
    }
    await checkMerchantText(ctx, { openid: requireOpenid(ctx), parts: [input.title], purpose: 'coupon' })
    const now = ctx.now()
    const terms = {
      title: input.title,
      kind: input.kind,
      // Only the field of the coupon's kind is kept, so a coupon never carries both.
      amountOff: input.kind === 'amount' ? input.amountOff! : null,
      percentOff: input.kind === 'percent' ? input.percentOff! : null,
      minSpend: input.minSpend,
      totalQuantity: input.totalQuantity,
      perPersonLimit: input.perPersonLimit,
      startAt: input.startAt,
      endAt: input.endAt,
      audience: input.audience,
      productIds,
      updatedAt: now,
    }
    if (!input.couponId) {
      const [row] = await ctx.db.insert(coupons).values({ id: newId(), storeId: input.storeId, ...terms, createdAt: now }).returning()
      return (await toCoupons(ctx.db, [row]))[0]
    }
    // Guarded: a claim racing this edit either lands before (and counts) or after (and sees the new total).
    const [row] = await ctx.db
      .update(coupons)
      .set(terms)
      .where(and(eq(coupons.id, input.couponId), eq(coupons.storeId, input.storeId), sql`${coupons.claimed} <= ${input.totalQuantity}`))
      .returning()
    if (row) return (await toCoupons(ctx.db, [row]))[0]
    const [current] = await ctx.db
      .select({ claimed: coupons.claimed })
      .from(coupons)
      .where(and(eq(coupons.id, input.couponId), eq(coupons.storeId, input.storeId)))
      .limit(1)
    if (!current) throw new AppError('NOT_FOUND', '优惠券不存在')
    throw new AppError('VALIDATION_FAILED', `已发出 ${current.claimed} 张，发放总量不能少于这个数`)
  },
})
