// Side effects toward the platform, and limits.
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { at, createdAt } from './columns'

/**
 * Messages for the platform to deliver (subscribe messages). Locally they stay here for tests
 * and people to read; on WeChat they are sent and marked. The dedupe key makes "send once".
 */
export const outbox = pgTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    touser: text('touser').notNull(),
    templateId: text('template_id').notNull(),
    page: text('page').notNull().default(''),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    dedupeKey: text('dedupe_key').notNull(),
    sentAt: at('sent_at'),
    error: text('error'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('outbox_dedupe_idx').on(t.dedupeKey)],
)

/** Sliding-window limits: for each key (what is limited, for whom) the recent accepted hits. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  hits: timestamp('hits', { withTimezone: true, mode: 'date' }).array().notNull(),
})

/**
 * One asynchronous image check (security.mediaCheckAsync) per image and trace id. `suggest` is
 * null until the wxa_media_check verdict arrives; views hide an image once any of its checks
 * says risky. An image with a row is never sent again, so saving a form re-checks nothing.
 */
export const mediaChecks = pgTable(
  'media_checks',
  {
    image: text('image').notNull(),
    traceId: text('trace_id').notNull(),
    openid: text('openid').notNull(),
    scene: integer('scene').notNull(),
    /** The verdict, or 'error' when the platform could not check the image (asked again). */
    suggest: text('suggest').$type<'pass' | 'review' | 'risky' | 'error'>(),
    label: integer('label'),
    createdAt: createdAt(),
    decidedAt: at('decided_at'),
  },
  (t) => [primaryKey({ columns: [t.image, t.traceId] }), uniqueIndex('media_checks_trace_idx').on(t.traceId)],
)
