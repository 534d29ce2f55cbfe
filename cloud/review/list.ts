import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Review } from '../../src/domain/comments'
import type { Page } from '../../src/domain/envelope'
import { AppError } from '../../src/domain/errors'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { decodeCursor, pageOf } from '../catalog/cursor'
import { comments, products, stores } from '../db/schema'
import { defineOperation } from '../operation'
import { riskyImages } from '../media/risky-images'
import { toReview } from './review-view'

/**
 * A product's reviews, newest first: the visible ones, plus the caller's own while held.
 * Deleted reviews are gone for everyone. Drafts and off-shelf products are NOT_FOUND to
 * shoppers, as in the catalog.
 */
export const list = defineOperation({
  input: z.object({ productId: idSchema, cursor: cursorSchema, limit: limitSchema }).strict(),
  access: 'public',
  async run(ctx, input): Promise<Page<Review>> {
    const viewer = ctx.identity?.openid
    const [product] = await ctx.db
      .select({ status: products.status, ownerOpenid: stores.ownerOpenid })
      .from(products)
      .innerJoin(stores, eq(stores.id, products.storeId))
      .where(eq(products.id, input.productId))
    if (!product || (product.status !== 'on_sale' && product.ownerOpenid !== viewer)) {
      throw new AppError('NOT_FOUND', '商品不存在或已下架')
    }
    const after = decodeCursor(input.cursor)
    const shown = viewer
      ? or(eq(comments.status, 'visible'), and(eq(comments.status, 'held'), eq(comments.authorOpenid, viewer)))!
      : eq(comments.status, 'visible')
    const where: SQL[] = [eq(comments.kind, 'review'), eq(comments.targetId, input.productId), shown]
    if (after !== null) where.push(lt(comments.seq, after))
    const rows = await ctx.db.select().from(comments).where(and(...where)).orderBy(desc(comments.seq)).limit(input.limit + 1)
    const page = pageOf(rows, input.limit)
    const risky = await riskyImages(ctx.db, page.rows.flatMap((row) => row.images))
    return { items: page.rows.map((row) => toReview(row, viewer, risky)), nextCursor: page.nextCursor }
  },
})
