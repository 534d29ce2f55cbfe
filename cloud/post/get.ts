// post.get: one post as the post page shows it; a deleted post is NOT_FOUND.
import type { Post } from '../../src/domain/post'
import { defineOperation } from '../operation'
import { postIdInput } from './post-input'
import { findPost, toPost } from './post-view'

export const get = defineOperation({
  input: postIdInput,
  access: 'public',
  async run(ctx, { postId }): Promise<Post> {
    return toPost(ctx.db, await findPost(ctx.db, postId), ctx.identity?.openid)
  },
})
