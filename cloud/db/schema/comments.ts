// What shoppers write: reviews of products they bought, comments in live rooms and on posts.
// One table, so the merchant lists and deletes them in one place (merchant.deleteComment).
import { index, integer, pgTable, text } from 'drizzle-orm/pg-core'
import { at, createdAt, seq } from './columns'

export const comments = pgTable(
  'comments',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    kind: text('kind', { enum: ['review', 'live', 'post'] }).notNull(),
    storeId: text('store_id').notNull(),
    /** The product (review), room (live) or post (post) it is about. */
    targetId: text('target_id').notNull(),
    orderId: text('order_id'),
    authorOpenid: text('author_openid').notNull(),
    rating: integer('rating'),
    text: text('text').notNull(),
    images: text('images').array().notNull().default([]),
    /** visible; held (content check said review: hidden until the merchant approves); deleted. */
    status: text('status', { enum: ['visible', 'held', 'deleted'] }).notNull().default('visible'),
    deletedAt: at('deleted_at'),
    deletedBy: text('deleted_by'),
    /** The merchant's public answer to a review; replying again replaces it. */
    replyText: text('reply_text'),
    replyAt: at('reply_at'),
    /** The merchant's last report of a review (a review is the buyer's: reported, never deleted). */
    reportReason: text('report_reason'),
    reportedAt: at('reported_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('comments_target_idx').on(t.kind, t.targetId, t.status, t.seq.desc().nullsFirst()),
    index('comments_store_idx').on(t.storeId, t.seq.desc().nullsFirst()),
  ],
)

/** Every content-security verdict, kept whatever it was. */
export const contentChecks = pgTable(
  'content_checks',
  {
    id: text('id').primaryKey(),
    openid: text('openid').notNull(),
    scene: text('scene').notNull(),
    text: text('text').notNull(),
    suggest: text('suggest', { enum: ['pass', 'review', 'risky'] }).notNull(),
    label: integer('label').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('content_checks_openid_idx').on(t.openid, t.createdAt)],
)
