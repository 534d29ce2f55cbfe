// post.listComments: a post's visible comments, newest first, plus the caller's own held ones
// (marked held), so a shopper sees what they wrote while the merchant reviews it. Deleted
// comments are gone for everyone from the moment they are deleted.
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Page } from '../../src/domain/envelope'
import type { PostComment } from '../../src/domain/post'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { decodeCursor, pageOf } from '../catalog/cursor'
import { comments } from '../db/schema'
import { defineOperation } from '../operation'
import { toPostComment } from './comment-view'
import { findPost } from './post-view'

export const listComments = defineOperation({
  input: z.object({ postId: idSchema, cursor: cursorSchema, limit: limitSchema }).strict(),
  access: 'public',
  async run(ctx, input): Promise<Page<PostComment>> {
    const after = decodeCursor(input.cursor)
    await findPost(ctx.db, input.postId)
    const openid = ctx.identity?.openid
    const visibleToCaller = openid
      ? or(eq(comments.status, 'visible'), and(eq(comments.status, 'held'), eq(comments.authorOpenid, openid)))
      : eq(comments.status, 'visible')
    const where: (SQL | undefined)[] = [eq(comments.kind, 'post'), eq(comments.targetId, input.postId), visibleToCaller]
    if (after !== null) where.push(lt(comments.seq, after))
    const rows = await ctx.db
      .select()
      .from(comments)
      .where(and(...where))
      .orderBy(desc(comments.seq))
      .limit(input.limit + 1)
    const page = pageOf(rows, input.limit)
    return { items: page.rows.map((row) => toPostComment(row, openid)), nextCursor: page.nextCursor }
  },
})
