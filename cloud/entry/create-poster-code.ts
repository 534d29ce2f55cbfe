// entry.createPosterCode: the Mini Program code on a shopper's share poster. It opens the
// product and names the shopper as its sharer (an OPENID does not fit a 32-character scene,
// so the code's row remembers who made it). One code per shopper and product.
import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import { encodeScene, pageOf, type EntryTarget } from '../../src/domain/entry-codec'
import type { PosterCode } from '../../src/domain/entry-wire'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { newId } from '../db/ids'
import { entryCodes, products } from '../db/schema'
import { hitRateLimit, WRITES } from '../limits/rate-limit'
import { RATE_LIMITS } from '../limits/rate-limits'
import { defineOperation, requireOpenid } from '../operation'

export const createPosterCode = defineOperation({
  input: z.object({ productId: idSchema }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { productId }): Promise<PosterCode> {
    const openid = requireOpenid(ctx)
    const [product] = await ctx.db
      .select({ id: products.id, storeId: products.storeId, status: products.status })
      .from(products)
      .where(eq(products.id, productId))
      .limit(1)
    if (!product || product.status !== 'on_sale') throw new AppError('NOT_FOUND', '商品不存在或已下架')

    const [existing] = await ctx.db
      .select()
      .from(entryCodes)
      .where(and(eq(entryCodes.channel, 'poster'), eq(entryCodes.createdBy, openid), eq(entryCodes.productId, productId)))
      .limit(1)
    if (existing) return { id: existing.id, scene: existing.scene ?? '', path: existing.path, image: existing.url ?? '' }

    await hitRateLimit(ctx.db, `entry.poster:${openid}`, RATE_LIMITS.posterCodes, ctx.now())
    const id = newId()
    const target: EntryTarget = { kind: 'product', productId, storeId: product.storeId }
    const scene = encodeScene(target, id)
    if (!scene) throw new AppError('VALIDATION_FAILED', '编号过长，无法放进小程序码')
    const page = pageOf(target)
    const { image } = await ctx.platform.entryLinks.createCode({ scene, page })
    await ctx.db.insert(entryCodes).values({
      id,
      kind: 'qr',
      channel: 'poster',
      storeId: product.storeId,
      productId,
      scene,
      path: page,
      query: { scene: encodeURIComponent(scene) },
      url: image,
      createdBy: openid,
    })
    return { id, scene, path: page, image }
  },
})
