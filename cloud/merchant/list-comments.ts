import { and, count, desc, eq, inArray, lt, ne, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import { authorLabel, type CommentKind } from '../../src/domain/comments'
import type { CommentPage } from '../../src/domain/merchant-console'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { decodeCursor, pageOf } from '../catalog/cursor'
import { comments, posts, products } from '../db/schema'
import { riskyImages } from '../media/risky-images'
import { defineOperation } from '../operation'
import { replyOf } from '../review/review-view'
import { requireOwnStore } from './own-store'

/** Reviews, live comments and post comments on the store's things, newest first; deleted ones are gone. */
export const listComments = defineOperation({
  input: z
    .object({
      storeId: idSchema,
      status: z.enum(['visible', 'held']).optional(),
      kind: z.enum(['review', 'live', 'post']).optional(),
      cursor: cursorSchema,
      limit: limitSchema,
    })
    .strict(),
  access: 'user',
  async run(ctx, input): Promise<CommentPage> {
    await requireOwnStore(ctx, input.storeId)
    const after = decodeCursor(input.cursor)
    const where: SQL[] = [eq(comments.storeId, input.storeId), ne(comments.status, 'deleted')]
    if (input.status) where.push(eq(comments.status, input.status))
    if (input.kind) where.push(eq(comments.kind, input.kind))
    if (after !== null) where.push(lt(comments.seq, after))
    const [rows, [held]] = await Promise.all([
      ctx.db.select().from(comments).where(and(...where)).orderBy(desc(comments.seq)).limit(input.limit + 1),
      ctx.db.select({ n: count() }).from(comments).where(and(eq(comments.storeId, input.storeId), eq(comments.status, 'held'))),
    ])
    const page = pageOf(rows, input.limit)
    const productIds = [...new Set(page.rows.filter((row) => row.kind === 'review').map((row) => row.targetId))]
    const postIds = [...new Set(page.rows.filter((row) => row.kind === 'post').map((row) => row.targetId))]
    const [productTitles, postTitles, risky] = await Promise.all([
      productIds.length === 0
        ? Promise.resolve([])
        : ctx.db.select({ id: products.id, title: products.title }).from(products).where(inArray(products.id, productIds)),
      postIds.length === 0 ? Promise.resolve([]) : ctx.db.select({ id: posts.id, title: posts.title }).from(posts).where(inArray(posts.id, postIds)),
      // The store owner is not the photo's author: a risky one is hidden here as from any shopper.
      riskyImages(ctx.db, page.rows.flatMap((row) => row.images)),
    ])
    const titles = new Map([...productTitles, ...postTitles].map((p) => [p.id, p.title] as const))
    return {
      items: page.rows.map((row) => ({
        id: row.id,
        kind: row.kind as CommentKind,
        targetId: row.targetId,
        targetTitle: row.kind === 'live' ? '' : (titles.get(row.targetId) ?? ''),
        orderId: row.orderId,
        author: authorLabel(row.authorOpenid),
        rating: row.rating,
        text: row.text,
        images: row.images.filter((image) => !risky.has(image)),
        status: row.status,
        createdAt: row.createdAt.toISOString(),
        reply: replyOf(row),
      })),
      nextCursor: page.nextCursor,
      heldCount: held.n,
    }
  },
})
