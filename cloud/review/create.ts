import { and, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { MAX_REVIEW_IMAGES, MAX_REVIEW_TEXT_LENGTH, type Review } from '../../src/domain/comments'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { checkText } from '../content/check-text'
import { checkNewImages } from '../media/check-images'
import type { Db, Tx } from '../db/client'
import { newId } from '../db/ids'
import { comments, orderItems, orders } from '../db/schema'
import { imageListSchema, textField } from '../merchant/input-fields'
import { defineOperation, requireOpenid } from '../operation'
import { toReview } from './review-view'
import { WRITES } from '../limits/rate-limit'

/**
 * A buyer reviews a product of an order they received (completed), once per product. The
 * text goes through content security first: risky is refused (and recorded), review-level
 * text is kept but held, hidden from other shoppers until the merchant approves it.
 */
export const create = defineOperation({
  input: z
    .object({
      orderId: idSchema,
      productId: idSchema.optional(),
      rating: z.number({ invalid_type_error: '请选择评分' }).int('评分应为 1–5 的整数').min(1, '评分至少 1 星').max(5, '评分最多 5 星'),
      text: textField('评价内容', MAX_REVIEW_TEXT_LENGTH, { multiline: true }),
      images: imageListSchema(MAX_REVIEW_IMAGES).optional(),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<Review> {
    const openid = requireOpenid(ctx)
    // Another buyer's order is NOT_FOUND: its existence is nobody else's business.
    const [order] = await ctx.db
      .select({ id: orders.id, storeId: orders.storeId, status: orders.status })
      .from(orders)
      .where(and(eq(orders.id, input.orderId), eq(orders.buyerOpenid, openid)))
    if (!order) throw new AppError('NOT_FOUND', '订单不存在')
    if (order.status !== 'completed') throw new AppError('ORDER_STATE', '确认收货后才能评价', { status: order.status })

    const lines = await ctx.db.selectDistinct({ productId: orderItems.productId }).from(orderItems).where(eq(orderItems.orderId, order.id))
    const productIds = lines.map((line) => line.productId)
    let productId = input.productId
    if (productId === undefined) {
      if (productIds.length !== 1) {
        throw new AppError('VALIDATION_FAILED', '请选择要评价的商品', { issues: [{ path: 'productId', message: '请选择要评价的商品' }] })
      }
      productId = productIds[0]
    } else if (!productIds.includes(productId)) {
      throw new AppError('NOT_FOUND', '订单中没有这件商品')
    }
    if (await reviewed(ctx.db, order.id, productId, openid)) throw new AppError('ORDER_STATE', '这件商品已经评价过了')

    const status = input.text === '' ? 'visible' : await checkText(ctx, { text: input.text, openid, scene: 2, purpose: 'review' })
    await checkNewImages(ctx, { images: input.images ?? [], openid, scene: 2 })

    return ctx.db.transaction(async (tx) => {
      // The order row's lock makes a second review of the same line wait, then see the first.
      await tx.execute(sql`select id from orders where id = ${order.id} for update`)
      if (await reviewed(tx, order.id, productId, openid)) throw new AppError('ORDER_STATE', '这件商品已经评价过了')
      const [row] = await tx
        .insert(comments)
        .values({
          id: newId(),
          kind: 'review',
          storeId: order.storeId,
          targetId: productId,
          orderId: order.id,
          authorOpenid: openid,
          rating: input.rating,
          text: input.text,
          images: input.images ?? [],
          status,
          createdAt: ctx.now(),
        })
        .returning()
      return toReview(row, openid)
    })
  },
})

async function reviewed(db: Db | Tx, orderId: string, productId: string, openid: string): Promise<boolean> {
  const [found] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.kind, 'review'), eq(comments.orderId, orderId), eq(comments.targetId, productId), eq(comments.authorOpenid, openid)))
    .limit(1)
  return !!found
}
