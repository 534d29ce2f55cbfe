// post.listComments: a post's comments as the caller may see them (cloud/content/comment-thread.ts).
import { z } from 'zod'
import type { Page } from '../../src/domain/envelope'
import type { PostComment } from '../../src/domain/post'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { decodeCursor } from '../catalog/cursor'
import { commentThreadPage } from '../content/comment-thread'
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
    const page = await commentThreadPage(ctx.db, { kind: 'post', targetId: input.postId }, openid, { after, limit: input.limit })
    return { items: page.rows.map((row) => toPostComment(row, openid)), nextCursor: page.nextCursor }
  },
})
