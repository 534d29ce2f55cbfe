// Store posts (店铺动态) and who liked them. Their comments live in the shared comments table
// (kind 'post'), where the merchant moderates them with reviews and live comments.
import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { stores } from './catalog'
import { at, createdAt, seq, updatedAt } from './columns'

export const posts = pgTable(
  'posts',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    kind: text('kind', { enum: ['article', 'pictures', 'video'] }).notNull(),
    title: text('title').notNull(),
    /** An article's body in the line format of src/domain/post.ts; never HTML. */
    body: text('body').notNull().default(''),
    images: text('images').array().notNull().default(sql`'{}'::text[]`),
    videoUrl: text('video_url').notNull().default(''),
    hashtags: text('hashtags').array().notNull().default(sql`'{}'::text[]`),
    productIds: text('product_ids').array().notNull().default(sql`'{}'::text[]`),
    /** Distinct shoppers who liked it (post_likes), kept in the same transaction as the like. */
    likes: integer('likes').notNull().default(0),
    /** Set by merchant.deletePost: the post is gone for shoppers, its rows stay for the record. */
    deletedAt: at('deleted_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('posts_seq_idx').on(t.seq.desc().nullsFirst()),
    index('posts_store_seq_idx').on(t.storeId, t.seq.desc().nullsFirst()),
    index('posts_hashtags_idx').using('gin', t.hashtags),
    check('posts_likes_nonnegative', sql`${t.likes} >= 0`),
  ],
)

/** One row per shopper and post: a second like by the same shopper changes nothing. */
export const postLikes = pgTable(
  'post_likes',
  {
    postId: text('post_id')
      .notNull()
      .references(() => posts.id),
    openid: text('openid').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.openid] })],
)
