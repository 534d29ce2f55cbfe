// Live rooms as the store shows them, and who asked to be told when one goes live.
import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { stores } from './catalog'
import { at, createdAt, seq, updatedAt } from './columns'

export const liveRooms = pgTable(
  'live_rooms',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    /** The platform's room id (WeChat's roomid, as text); the live plugin is entered with it. */
    platformRoomId: text('platform_room_id').notNull(),
    title: text('title').notNull(),
    cover: text('cover').notNull().default(''),
    anchorName: text('anchor_name').notNull().default(''),
    startAt: at('start_at').notNull(),
    endAt: at('end_at').notNull(),
    /** live_status from the platform: 101 live … 107 expired (src/domain/live.ts). */
    status: integer('status').notNull().default(102),
    productIds: text('product_ids').array().notNull().default(sql`'{}'::text[]`),
    /** Distinct shoppers who opened the room while it could be watched (live_viewers). */
    viewers: integer('viewers').notNull().default(0),
    likes: integer('likes').notNull().default(0),
    /** Visible comments; recounted on every sync, so a deletion by the merchant is reflected. */
    comments: integer('comments').notNull().default(0),
    /** What the H5 room page plays; WeChat streams only play inside the plugin. */
    streamUrl: text('stream_url').notNull().default(''),
    replayUrl: text('replay_url').notNull().default(''),
    statusChangedAt: at('status_changed_at'),
    syncedAt: at('synced_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('live_rooms_platform_room_idx').on(t.platformRoomId),
    index('live_rooms_store_start_idx').on(t.storeId, t.startAt.desc().nullsFirst()),
    index('live_rooms_status_end_idx').on(t.status, t.endAt),
    check('live_rooms_status_known', sql`${t.status} between 101 and 107`),
    check('live_rooms_counts_nonnegative', sql`${t.viewers} >= 0 and ${t.likes} >= 0 and ${t.comments} >= 0`),
  ],
)

/** 开播提醒: one row per shopper and room; remindedAt makes the reminder go once. */
export const liveSubscriptions = pgTable(
  'live_subscriptions',
  {
    roomId: text('room_id')
      .notNull()
      .references(() => liveRooms.id),
    openid: text('openid').notNull(),
    createdAt: createdAt(),
    remindedAt: at('reminded_at'),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.openid] }), index('live_subscriptions_due_idx').on(t.roomId, t.remindedAt)],
)

/** Who has watched a room, so the viewer count counts people, not page loads. */
export const liveViewers = pgTable(
  'live_viewers',
  {
    roomId: text('room_id')
      .notNull()
      .references(() => liveRooms.id),
    openid: text('openid').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.openid] })],
)
