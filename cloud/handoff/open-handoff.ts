// entry.openHandoff: the Mini Program, launched from a hand-off link or code, reads what the
// visitor chose on the web, with today's titles and prices (lines no longer on sale are left
// out). The first shopper who opens a code claims it: after that it is NOT_FOUND to anyone
// else, as is an expired or unknown code, so a forwarded link reveals nobody's cart.
import { and, eq, gt, inArray, isNull, or } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { HANDOFF_CODE, type OpenedHandoff } from '../../src/domain/handoff'
import { handoffs, products, skus, stores } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { defineOperation, requireOpenid } from '../operation'

export const openHandoff = defineOperation({
  input: z.object({ code: z.string().regex(HANDOFF_CODE, '交接码格式不正确') }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { code }): Promise<OpenedHandoff> {
    const openid = requireOpenid(ctx)
    const [handoff] = await ctx.db
      .update(handoffs)
      .set({ claimedBy: openid })
      .where(
        and(
          eq(handoffs.code, code),
          gt(handoffs.expiresAt, ctx.now()),
          or(isNull(handoffs.claimedBy), eq(handoffs.claimedBy, openid)),
        ),
      )
      .returning()
    if (!handoff) throw new AppError('NOT_FOUND', '这个链接已失效，请重新选择商品')
    const [store] = await ctx.db.select({ name: stores.name }).from(stores).where(eq(stores.id, handoff.storeId)).limit(1)
    const skuIds = handoff.lines.map((line) => line.skuId)
    const rows = skuIds.length
      ? await ctx.db
          .select({ skuId: skus.id, productId: products.id, title: products.title, images: products.images, specs: skus.specs, price: skus.price })
          .from(skus)
          .innerJoin(products, eq(products.id, skus.productId))
          .where(and(inArray(skus.id, skuIds), eq(products.storeId, handoff.storeId), eq(products.status, 'on_sale')))
      : []
    const bySku = new Map(rows.map((row) => [row.skuId, row]))
    const lines = handoff.lines.flatMap((line) => {
      const row = bySku.get(line.skuId)
      if (!row) return []
      return [{ skuId: row.skuId, productId: row.productId, title: row.title, image: row.images[0] ?? '', specs: row.specs, price: row.price, quantity: line.quantity }]
    })
    return { storeId: handoff.storeId, storeName: store?.name ?? '', productId: handoff.productId, page: handoff.page, lines }
  },
})
