// entry.createHandoff: a web visitor (no identity: the web has no wx.login) leaves what they
// chose — the cart of one store, or one product, spec and quantity — under a short code, and gets
// the way into the Mini Program at the same page: a URL Link carrying the code as its custom
// parameter `cq`, and on a desktop the page's Mini Program code with the code in its scene.
// Every line must be an on-sale SKU of that one store; anything else is NOT_FOUND and nothing is
// kept. Anonymous callers are limited per address; the link itself is shared per page+campaign.
import { and, eq, inArray } from 'drizzle-orm'
import { z } from 'zod'
import { ENTRY_PAGES, toQueryString } from '../../src/domain/entry-codec'
import { AppError } from '../../src/domain/errors'
import { sourceOfChannel, HANDOFF_QUERY_KEY, HANDOFF_TTL_MS, MAX_HANDOFF_LINES, type CreatedHandoff } from '../../src/domain/handoff'
import { idSchema } from '../../src/domain/validation'
import { newId } from '../db/ids'
import { handoffs, products, skus, stores } from '../db/schema'
import { campaignSchema } from '../entry/schemas'
import { clientKeyOf } from '../limits/client-address'
import { hitRateLimit, WRITES } from '../limits/rate-limit'
import { RATE_LIMITS } from '../limits/rate-limits'
import { defineOperation } from '../operation'
import { handoffLink } from './handoff-link'

export const createHandoffInput = z
  .object({
    /** The store, or found from productId (a product page's web visitor may not know it). */
    storeId: idSchema.optional(),
    productId: idSchema.optional(),
    lines: z
      .array(z.object({ skuId: idSchema, quantity: z.number().int().min(1).max(999) }).strict())
      .max(MAX_HANDOFF_LINES)
      .default([]),
    source: z.enum(['weibo', 'web']),
    campaign: campaignSchema.optional(),
    sharer: idSchema.optional(),
    device: z.enum(['phone', 'desktop']).default('phone'),
  })
  .strict()
  .refine((input) => input.storeId !== undefined || input.productId !== undefined, { message: '请指明店铺或商品', path: ['storeId'] })
  .refine((input) => new Set(input.lines.map((line) => line.skuId)).size === input.lines.length, {
    message: '同一规格只能出现一次',
    path: ['lines'],
  })

export const createHandoff = defineOperation({
  input: createHandoffInput,
  access: 'public',
  rateLimit: WRITES,
  async run(ctx, input): Promise<CreatedHandoff> {
    const now = ctx.now()
    if (!ctx.identity) await hitRateLimit(ctx.db, `handoff:addr:${clientKeyOf(ctx.clientIp)}`, RATE_LIMITS.handoff.perAddress, now)
    let storeId = input.storeId
    if (input.productId) {
      const [product] = await ctx.db
        .select({ storeId: products.storeId })
        .from(products)
        .where(and(eq(products.id, input.productId), eq(products.status, 'on_sale')))
        .limit(1)
      if (!product || (storeId !== undefined && product.storeId !== storeId)) throw new AppError('NOT_FOUND', '本店没有这个商品')
      storeId = product.storeId
    }
    const [store] = await ctx.db.select({ id: stores.id }).from(stores).where(eq(stores.id, storeId!)).limit(1)
    if (!store) throw new AppError('NOT_FOUND', '店铺不存在')
    if (input.lines.length > 0) {
      const found = await ctx.db
        .select({ id: skus.id })
        .from(skus)
        .innerJoin(products, eq(products.id, skus.productId))
        .where(and(inArray(skus.id, input.lines.map((line) => line.skuId)), eq(products.storeId, store.id), eq(products.status, 'on_sale')))
      if (found.length !== input.lines.length) throw new AppError('NOT_FOUND', '所选商品不在本店或已下架')
    }

    const page = input.productId ? ENTRY_PAGES.product : ENTRY_PAGES.store
    const query: Record<string, string> = input.productId ? { id: input.productId } : { storeId: store.id }
    query.src = sourceOfChannel(input.source)
    if (input.campaign) query.campaign = input.campaign
    if (input.sharer) query.sharer = input.sharer

    const code = newId(12)
    const url = await handoffLink(ctx, page, query)
    const scene = `${input.productId ? `p=${input.productId}` : `s=${store.id}`}&h=${code}`
    const image = input.device === 'desktop' ? (await ctx.platform.entryLinks.createCode({ scene, page })).image : null
    const expiresAt = new Date(now.getTime() + HANDOFF_TTL_MS)
    await ctx.db.insert(handoffs).values({
      code,
      storeId: store.id,
      productId: input.productId ?? null,
      page,
      lines: input.lines,
      source: input.source,
      campaign: input.campaign ?? null,
      sharer: input.sharer ?? null,
      expiresAt,
    })
    return {
      code,
      expiresAt: expiresAt.toISOString(),
      url: `${url}${url.includes('?') ? '&' : '?'}${toQueryString({ [HANDOFF_QUERY_KEY]: code })}`,
      image,
    }
  },
})
