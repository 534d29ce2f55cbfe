// Web → Mini Program hand-offs: what a browser visitor chose, kept under a short code that the
// hand-off link carries, and the URL Links those hand-offs reuse (one per page and campaign).
import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import type { HandoffLine } from '../../../src/domain/handoff'
import { at, createdAt } from './columns'

export const handoffs = pgTable(
  'handoffs',
  {
    /** 12 random base62 characters: unguessable, and short enough for a wxacode scene. */
    code: text('code').primaryKey(),
    storeId: text('store_id').notNull(),
    productId: text('product_id'),
    /** The page it continues on, as WeChat reports paths (no leading "/"). */
    page: text('page').notNull(),
    lines: jsonb('lines').$type<HandoffLine[]>().notNull(),
    source: text('source', { enum: ['weibo', 'web'] }).notNull(),
    campaign: text('campaign'),
    sharer: text('sharer'),
    /** The first shopper who opened it in the Mini Program; nobody else can read it after. */
    claimedBy: text('claimed_by'),
    expiresAt: at('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('handoffs_expires_idx').on(t.expiresAt)],
)

/** urllink.generate answers, cached per page + query (campaign, source, sharer) until near expiry. */
export const handoffLinks = pgTable('handoff_links', {
  key: text('key').primaryKey(),
  url: text('url').notNull(),
  expiresAt: at('expires_at').notNull(),
  createdAt: createdAt(),
})
