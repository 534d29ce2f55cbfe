// Turns posts rows into the wire's Post: the store's name, logo and brand hashtags, the visible
// comment count and whether the caller liked it, with one query each for a whole page.
import { and, count, eq, inArray, isNull } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import { parsePostBody, type Post } from '../../src/domain/post'
import { bodyImages, withoutBodyImages } from '../../src/domain/post-markup'
import type { Db, Tx } from '../db/client'
import { comments, postLikes, posts, stores } from '../db/schema'
import { riskyImages, splitImages } from '../media/risky-images'

export type PostRow = typeof posts.$inferSelect

/** A post that is not deleted, or NOT_FOUND. */
export async function findPost(db: Db | Tx, postId: string): Promise<PostRow> {
  const [row] = await db
    .select()
    .from(posts)
    .where(and(eq(posts.id, postId), isNull(posts.deletedAt)))
    .limit(1)
  if (!row) throw new AppError('NOT_FOUND', '动态不存在或已删除')
  return row
}

export async function toPosts(db: Db | Tx, rows: readonly PostRow[], openid?: string | null): Promise<Post[]> {
  if (rows.length === 0) return []
  const postIds = rows.map((row) => row.id)
  const storeIds = [...new Set(rows.map((row) => row.storeId))]
  const storeRows = await db
    .select({ id: stores.id, name: stores.name, logo: stores.logo, hashtags: stores.hashtags, ownerOpenid: stores.ownerOpenid })
    .from(stores)
    .where(inArray(stores.id, storeIds))
  const [risky, commentCounts, liked] = await Promise.all([
    riskyImages(db, [...rows.flatMap((row) => [...row.images, ...bodyImages(parsePostBody(row.body))]), ...storeRows.map((store) => store.logo)]),
    // Counted when read, so a deletion or an approval shows everywhere at once.
    db
      .select({ postId: comments.targetId, n: count() })
      .from(comments)
      .where(and(eq(comments.kind, 'post'), inArray(comments.targetId, postIds), eq(comments.status, 'visible')))
      .groupBy(comments.targetId),
    openid
      ? db
          .select({ postId: postLikes.postId })
          .from(postLikes)
          .where(and(eq(postLikes.openid, openid), inArray(postLikes.postId, postIds)))
      : Promise.resolve([]),
  ])
  const storeOf = new Map(storeRows.map((store) => [store.id, store]))
  const commentsOf = new Map(commentCounts.map((row) => [row.postId, Number(row.n)]))
  const likedPosts = new Set(liked.map((row) => row.postId))
  return rows.map((row) => {
    const store = storeOf.get(row.storeId)
    const owner = !!openid && store?.ownerOpenid === openid
    return {
      id: row.id,
      storeId: row.storeId,
      kind: row.kind,
      title: row.title,
      // A risky picture in the body goes from shoppers' view as one among the images does; its owner keeps it to replace.
      body: owner ? row.body : withoutBodyImages(row.body, (src) => risky.has(src)),
      ...splitImages(row.images, risky, owner),
      videoUrl: row.videoUrl,
      hashtags: row.hashtags,
      brandHashtags: store?.hashtags ?? [],
      productIds: row.productIds,
      likes: row.likes,
      comments: commentsOf.get(row.id) ?? 0,
      liked: likedPosts.has(row.id),
      storeName: store?.name ?? '',
      storeLogo: store && !risky.has(store.logo) ? store.logo : '',
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }
  })
}

export async function toPost(db: Db | Tx, row: PostRow, openid?: string | null): Promise<Post> {
  const [post] = await toPosts(db, [row], openid)
  return post
}
