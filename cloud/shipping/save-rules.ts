// merchant.saveShippingRules: base fee, free-over amount, per-province fees and pickup. The
// pickup address is the store's (the one opening the store asked for); an omitted address or
// hours keeps the current one. Provinces are the address book's names (广东 → 广东省), each in
// at most one region.
import { eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { normalizeProvince } from '../../src/domain/address'
import { AppError } from '../../src/domain/errors'
import { formatFen } from '../../src/domain/money'
import { MAX_ORDER_TOTAL } from '../../src/domain/order-pricing'
import { MAX_DELIVERY_FEE, MAX_PICKUP_HOURS_LENGTH, type ShippingRules } from '../../src/domain/shipping'
import { text } from '../../src/domain/text-schema'
import { idSchema } from '../../src/domain/validation'
import { shippingRules, stores } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { textField } from '../merchant/input-fields'
import { checkMerchantText } from '../merchant/merchant-text'
import { storeFields } from '../merchant/open-store'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation, requireOpenid } from '../operation'
import { loadShippingRules, toShippingRules } from './rules-view'

function fen(label: string, max: number) {
  return z
    .number()
    .int(`${label}应为整数（分）`)
    .min(0, `${label}不能为负数`)
    .max(max, `${label}最多 ${formatFen(max)}`)
}

const regionsSchema = z
  .array(
    z
      .object({
        provinces: z.array(text({ label: '省份', max: 20 })).min(1, '每个地区至少选一个省份').max(34),
        fee: fen('地区运费', MAX_DELIVERY_FEE),
      })
      .strict(),
  )
  .max(34, '地区最多 34 个')
  .transform((regions, ctx) => {
    const seen = new Set<string>()
    const result = regions.map((region, r) => ({
      fee: region.fee,
      provinces: region.provinces.map((raw, p) => {
        const name = normalizeProvince(raw)
        if (!name) ctx.addIssue({ code: 'custom', path: [r, 'provinces', p], message: `「${raw}」不是省份名称` })
        else if (seen.has(name)) ctx.addIssue({ code: 'custom', path: [r, 'provinces', p], message: `${name}只能属于一个地区` })
        if (name) seen.add(name)
        return name ?? raw
      }),
    }))
    return result
  })

export const saveShippingRules = defineOperation({
  input: z
    .object({
      storeId: idSchema,
      baseFee: fen('基础运费', MAX_DELIVERY_FEE),
      freeOver: fen('包邮金额', MAX_ORDER_TOTAL),
      regions: regionsSchema,
      pickup: z
        .object({
          enabled: z.boolean(),
          address: storeFields.pickupAddress.optional(),
          hours: textField('自提时间', MAX_PICKUP_HOURS_LENGTH).optional(),
        })
        .strict(),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<ShippingRules> {
    const openid = requireOpenid(ctx)
    const store = await requireOwnStore(ctx, input.storeId)
    const current = await loadShippingRules(ctx.db, store.id, store.pickupAddress)
    const address = input.pickup.address ?? current.pickup.address
    const hours = input.pickup.hours ?? current.pickup.hours
    if (input.pickup.enabled && address === '') {
      const message = '开启到店自提需要填写自提地址'
      throw new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'pickup.address', message }] })
    }
    await checkMerchantText(ctx, {
      openid,
      parts: [address !== current.pickup.address ? address : undefined, hours !== current.pickup.hours ? hours : undefined],
      purpose: 'store',
    })
    const values = {
      baseFee: input.baseFee,
      freeOver: input.freeOver,
      regions: input.regions,
      pickupEnabled: input.pickup.enabled,
      pickupHours: hours,
    }
    return ctx.db.transaction(async (tx) => {
      // The store row first, in every save: it serialises two saves of one store, so the
      // address and the rules always come from the same save. Who may save was settled by the
      // gate above (the owner or a manager).
      const [owned] = await tx
        .update(stores)
        .set({ pickupAddress: address, updatedAt: sql`now()` })
        .where(eq(stores.id, store.id))
        .returning({ pickupAddress: stores.pickupAddress })
      if (!owned) throw new AppError('NOT_FOUND', '店铺不存在')
      const [row] = await tx
        .insert(shippingRules)
        .values({ storeId: store.id, ...values })
        .onConflictDoUpdate({ target: shippingRules.storeId, set: { ...values, updatedAt: sql`now()` } })
        .returning()
      return toShippingRules(row, owned.pickupAddress)
    })
  },
})
