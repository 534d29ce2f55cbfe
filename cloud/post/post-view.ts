// Turns posts rows into the wire's Post: the store's name, logo and brand hashtags, the visible
// comment count and whether the caller liked it, read with the rows or in one statement for a
// whole page, and the pictures a media check ruled risky in one more.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import { parsePostBody, type Post } from '../../src/domain/post'
import { bodyImages, withoutBodyImages } from '../../src/domain/post-markup'
import type { Db, Tx } from '../db/client'
import { posts } from '../db/schema'
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

/** What a posts row needs besides itself to become a Post, for one viewer. */
export interface PostViewExtras {
  store: { name: string; logo: string; hashtags: string[]; ownerOpenid: string } | null
  commentCount: number
  liked: boolean
}

/**
 * Columns to add to a select from `posts` that make each row a Post for `openid` in the same
 * statement: correlated subqueries, each an index lookup (the store by id, visible comments by
 * target, the like by post and person). Comments are counted when read, so a deletion or an
 * approval shows everywhere at once. Written out because drizzle leaves columns unqualified
 * inside a select.
 */
export function postViewColumns(openid: string | null | undefined) {
  return {
    store: sql<PostViewExtras['store']>`(
      select json_build_object('name', s.name, 'logo', s.logo, 'hashtags', s.hashtags, 'ownerOpenid', s.owner_openid)
      from stores s where s.id = "posts"."store_id")`,
    commentCount: sql<number>`(
      select count(*) from comments c
      where c.kind = 'post' and c.target_id = "posts"."id" and c.status = 'visible')`.mapWith(Number),
    liked: openid
      ? sql<boolean>`exists(select 1 from post_likes l where l.post_id = "posts"."id" and l.openid = ${openid})`
      : sql<boolean>`false`,
  }
}

/**
 * Posts for rows read with or without `postViewColumns`: what is missing is read in one
 * statement for the whole page, then the pictures a media check ruled risky in one more.
 */
export async function toPosts(db: Db | Tx, rows: ReadonlyArray<PostRow & Partial<PostViewExtras>>, openid?: string | null): Promise<Post[]> {
  if (rows.length === 0) return []
  const missing = rows.filter((row) => row.store === undefined).map((row) => row.id)
  const fetched = missing.length === 0
    ? []
    : await db.select({ id: posts.id, ...postViewColumns(openid) }).from(posts).where(inArray(posts.id, missing))
  const extrasOf = new Map<string, PostViewExtras>(fetched.map(({ id, ...extras }) => [id, extras]))
  const viewed = rows.map((row) => ({ row, ...(extrasOf.get(row.id) ?? { store: row.store ?? null, commentCount: row.commentCount ?? 0, liked: row.liked ?? false }) }))
  const risky = await riskyImages(db, [
    ...rows.flatMap((row) => [...row.images, ...bodyImages(parsePostBody(row.body))]),
    ...viewed.map(({ store }) => store?.logo),
  ])
  return viewed.map(({ row, store, commentCount, liked }) => {
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
      comments: commentCount,
      liked,
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
