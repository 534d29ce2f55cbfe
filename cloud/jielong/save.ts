// merchant.saveJielong: starts a 接龙 from the store's own SKUs, or edits one still open. The
// end time must be in the future; a closed 接龙 is not reopened (JIELONG_CLOSED).
import { and, eq, inArray } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import { jielongStatus, type Jielong, type PickupPoint } from '../../src/domain/jielong'
import { newId } from '../db/ids'
import { jielongs, products, skus } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { checkMerchantText } from '../merchant/merchant-text'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation, requireOpenid } from '../operation'
import { saveJielongInput } from './input'
import { loadJielongRow, toJielong } from './view'

export const saveJielong = defineOperation({
  input: saveJielongInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<Jielong> {
    await requireOwnStore(ctx, input.storeId)
    const now = ctx.now()
    const endAt = new Date(input.endAt)
    if (endAt.getTime() <= now.getTime()) throw new AppError('VALIDATION_FAILED', '结束时间需晚于现在')
    const earlier = input.jielongId ? await loadJielongRow(ctx.db, input.jielongId, input.storeId) : null
    if (earlier && jielongStatus(earlier, now) === 'closed') throw new AppError('JIELONG_CLOSED', '接龙已结束，不能再修改')

    const skuIds = input.items.map((item) => item.skuId)
    const owned = await ctx.db
      .select({ id: skus.id })
      .from(skus)
      .innerJoin(products, eq(products.id, skus.productId))
      .where(and(inArray(skus.id, skuIds), eq(products.storeId, input.storeId)))
    const ownedIds = new Set(owned.map((row) => row.id))
    const foreign = skuIds.find((id) => !ownedIds.has(id))
    if (foreign) throw new AppError('NOT_FOUND', '商品规格不存在或不属于这家店铺', { skuId: foreign })

    await checkMerchantText(ctx, {
      openid: requireOpenid(ctx),
      parts: [input.title, input.intro, ...(input.pickupPoints ?? []).flatMap((p) => [p.name, p.address])],
      purpose: '接龙',
    })

    // A point keeps its id across edits, so entries already made still find it.
    const known = new Set((earlier?.pickupPoints ?? []).map((point) => point.id))
    const pickupPoints: PickupPoint[] =
      input.delivery === 'express'
        ? []
        : (input.pickupPoints ?? []).map((p) => ({ id: p.id && known.has(p.id) ? p.id : newId(), name: p.name, address: p.address }))
    const values = {
      title: input.title,
      intro: input.intro ?? '',
      items: input.items.map((item) => ({ skuId: item.skuId, limitPerPerson: item.limitPerPerson ?? null })),
      endAt,
      delivery: input.delivery,
      pickupPoints,
      updatedAt: now,
    }
    const [row] = earlier
      ? await ctx.db.update(jielongs).set(values).where(eq(jielongs.id, earlier.id)).returning()
      : await ctx.db.insert(jielongs).values({ id: newId(), storeId: input.storeId, createdAt: now, ...values }).returning()
    return toJielong(ctx.db, row, now)
  },
})
