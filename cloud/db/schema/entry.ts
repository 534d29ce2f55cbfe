// Visits (each arrival with its entry) and the codes and links merchants hand out.
import { index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import type { Entry } from '../../../src/domain/entry'
import { at, createdAt, seq } from './columns'

export const visits = pgTable(
  'visits',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    /** Caller's OPENID; launch ids are unique per caller, so a repeat records nothing new. */
    openid: text('openid').notNull(),
    launchId: text('launch_id').notNull(),
    source: text('source').notNull(),
    scene: integer('scene'),
    storeId: text('store_id'),
    productId: text('product_id'),
    roomId: text('room_id'),
    campaign: text('campaign'),
    sharer: text('sharer'),
    path: text('path'),
    query: jsonb('query').$type<Record<string, string>>(),
    entry: jsonb('entry').$type<Entry>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('visits_launch_idx').on(t.openid, t.launchId),
    index('visits_store_created_idx').on(t.storeId, t.createdAt),
  ],
)

/** A Mini Program code or an outside link made for a store, product or live room. */
export const entryCodes = pgTable(
  'entry_codes',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    kind: text('kind', { enum: ['qr', 'link'] }).notNull(),
    storeId: text('store_id').notNull(),
    productId: text('product_id'),
    roomId: text('room_id'),
    campaign: text('campaign'),
    channel: text('channel'),
    /** The ≤ 32-character wxacode scene (qr), unique so it can be looked up. */
    scene: text('scene'),
    path: text('path').notNull(),
    query: jsonb('query').$type<Record<string, string>>().notNull().default({}),
    url: text('url'),
    expiresAt: at('expires_at'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('entry_codes_scene_idx').on(t.scene), index('entry_codes_store_idx').on(t.storeId, t.seq.desc().nullsFirst())],
)
