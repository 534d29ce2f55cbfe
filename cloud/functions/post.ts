// post: store posts (店铺动态) as shoppers read them, and what they can do on one. Posts are
// written with merchant.savePost / merchant.deletePost; the store owner deletes comments on
// them with merchant.deleteComment.
//
//   post.list           { storeId?, hashtag?, cursor?, limit? } → { items: Post[], nextCursor }
//                       newest first; hashtag matches the post's own hashtags (normalised)
//   post.get            { postId }                              → Post (a deleted post: NOT_FOUND)
//   post.like           { postId }                              → Post
//                       one like per shopper per post: a repeat is accepted and changes nothing;
//                       more than 10 taps per shopper per post in 10 s → RATE_LIMITED
//   post.comment        { postId, text (1–200) }                → Comment { id, postId, text, status,
//                       author, mine, createdAt }; content security: risky → CONTENT_RISKY, review → held
//   post.listComments   { postId, cursor?, limit? }             → { items: Comment[], nextCursor }
//                       visible ones, plus the caller's own held ones
//   post.deleteComment  { commentId }                           → { deleted: true }
//                       the comment's author only (another's → FORBIDDEN)
//
//   merchant.savePost   { storeId, postId?, kind: "article"|"pictures"|"video", title (1–60),
//                         body? (article format of src/domain/post.ts, ≤ 5000), images? (≤ 9;
//                         pictures 1–9), videoUrl? (video only, required there), hashtags? (≤ 5,
//                         product rules), productIds? (≤ 20, the same store's) }  → Post
//   merchant.deletePost { storeId, postId }                     → { deleted: true }
//   Post { id, storeId, kind, title, body, images[], videoUrl, hashtags[], brandHashtags[],
//          productIds[], likes, comments, liked, storeName, storeLogo, createdAt, updatedAt }
import type { FunctionTable } from '../operation'
import { comment } from '../post/comment'
import { deleteComment } from '../post/delete-comment'
import { get } from '../post/get'
import { like } from '../post/like'
import { list } from '../post/list'
import { listComments } from '../post/list-comments'

export const post = { list, get, comment, listComments, like, deleteComment } satisfies FunctionTable
