// post.list: posts newest first, of one store or of all, optionally under one hashtag (the
// post's own hashtags, as topic pages list products by theirs).
import { and, arrayContains, desc, eq, getTableColumns, isNull, lt, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Page } from '../../src/domain/envelope'
import { AppError } from '../../src/domain/errors'
import { normalizeHashtag } from '../../src/domain/hashtags'
import type { Post } from '../../src/domain/post'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { decodeCursor, pageOf } from '../catalog/cursor'
import { posts } from '../db/schema'
import { defineOperation } from '../operation'
import { postViewColumns, toPosts } from './post-view'
import { text } from '../../src/domain/text-schema'

export const list = defineOperation({
  input: z
    .object({
      storeId: idSchema.optional(),
      hashtag: text({ max: 64 }).optional(),
      cursor: cursorSchema,
      limit: limitSchema,
    })
    .strict(),
  access: 'public',
  async run(ctx, input): Promise<Page<Post>> {
    const after = decodeCursor(input.cursor)
    const where: SQL[] = [isNull(posts.deletedAt)]
    if (input.storeId) where.push(eq(posts.storeId, input.storeId))
    if (input.hashtag !== undefined) {
      const tag = normalizeHashtag(input.hashtag)
      if (!tag) throw new AppError('VALIDATION_FAILED', '话题无效')
      where.push(arrayContains(posts.hashtags, [tag]))
    }
    if (after !== null) where.push(lt(posts.seq, after))
    const rows = await ctx.db
      .select({ ...getTableColumns(posts), ...postViewColumns(ctx.identity?.openid) })
      .from(posts)
      .where(and(...where))
      .orderBy(desc(posts.seq))
      .limit(input.limit + 1)
    const page = pageOf(rows, input.limit)
    return { items: await toPosts(ctx.db, page.rows, ctx.identity?.openid), nextCursor: page.nextCursor }
  },
})
