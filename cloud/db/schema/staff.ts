// A store's staff (店员) and the one-time invitations that make someone a member.
import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import type { StaffRole } from '../../../src/domain/staff-roles'
import { at, createdAt, seq } from './columns'
import { stores } from './catalog'

/** One row per member; removing a member deletes the row, so the gate refuses them at once. */
export const storeStaff = pgTable(
  'store_staff',
  {
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    openid: text('openid').notNull(),
    role: text('role').$type<StaffRole>().notNull(),
    seq: seq(),
    /** When they joined (or last took a new role). */
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.storeId, t.openid] }), index('store_staff_openid_idx').on(t.openid)],
)

/** An invitation: good once, for one store and role, until expiresAt. */
export const staffInvites = pgTable(
  'staff_invites',
  {
    code: text('code').primaryKey(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    role: text('role').$type<StaffRole>().notNull(),
    createdBy: text('created_by').notNull(),
    expiresAt: at('expires_at').notNull(),
    /** Set by the one acceptance that wins; a second one finds it set and is refused. */
    acceptedBy: text('accepted_by'),
    acceptedAt: at('accepted_at'),
    createdAt: createdAt(),
  },
  (t) => [index('staff_invites_store_idx').on(t.storeId)],
)
