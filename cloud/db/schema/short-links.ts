// Short links (/l/<code>) for outside links: a merchant posts a few dozen characters on Weibo
// instead of the platform's long link, and the server keeps where it leads and until when.
import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { createdAt } from './columns'

export const shortLinks = pgTable(
  'short_links',
  {
    /** ≤ 12 random url-safe characters: a code cannot be guessed to find other stores' links. */
    code: text('code').primaryKey(),
    /** The entry_codes link it stands for (its target, campaign and visits). */
    linkId: text('link_id').notNull(),
    storeId: text('store_id').notNull(),
    /** Where /l/<code> redirects: the landing page (or the link itself when no web is deployed). */
    location: text('location').notNull(),
    /** The link's own expiry: the short link never outlives what it leads to. */
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('short_links_link_idx').on(t.linkId)],
)
