// Store post calls (店铺动态). Stored image paths stay as they are, so the editor can send them
// back; components turn them into URLs with assetUrl when showing them.
import type { Page } from '@/domain/envelope'
import type { Post, PostComment, PostKind } from '@/domain/post'
import { callCloud } from './cloud'

export interface PostQuery {
  storeId?: string
  hashtag?: string
  cursor?: string | null
  limit?: number
}

export function listPosts(query: PostQuery): Promise<Page<Post>> {
  return callCloud('post', 'list', { ...query })
}

export function getPost(postId: string): Promise<Post> {
  return callCloud('post', 'get', { postId })
}

export function likePost(postId: string): Promise<Post> {
  return callCloud('post', 'like', { postId })
}

export function commentPost(postId: string, text: string): Promise<PostComment> {
  return callCloud('post', 'comment', { postId, text })
}

export function listPostComments(postId: string, cursor?: string | null): Promise<Page<PostComment>> {
  return callCloud('post', 'listComments', { postId, cursor })
}

/** The author takes their own comment back. */
export function deleteOwnPostComment(commentId: string): Promise<{ deleted: true }> {
  return callCloud('post', 'deleteComment', { commentId })
}

export interface SavePostInput {
  storeId: string
  postId?: string
  kind: PostKind
  title: string
  body?: string
  images?: string[]
  videoUrl?: string
  hashtags?: string[]
  productIds?: string[]
}

export function savePost(input: SavePostInput): Promise<Post> {
  return callCloud('merchant', 'savePost', { ...input })
}

export function deletePost(storeId: string, postId: string): Promise<{ deleted: true }> {
  return callCloud('merchant', 'deletePost', { storeId, postId })
}
