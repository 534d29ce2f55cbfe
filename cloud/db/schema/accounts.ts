// Shoppers' accounts: profile, login sessions and address books (auth.* and address.*).
import { sql } from 'drizzle-orm'
import { boolean, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { at, createdAt, seq, updatedAt } from './columns'

/** One row per OPENID that logged in or set a profile; identity itself comes from WeChat. */
export const users = pgTable('users', {
  openid: text('openid').primaryKey(),
  unionid: text('unionid'),
  nickname: text('nickname').notNull().default(''),
  avatarUrl: text('avatar_url').notNull().default(''),
  lastLoginAt: at('last_login_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
})

/**
 * Sessions issued by auth.login for the self-hosted HTTP server. Only a SHA-256 of the token is
 * kept, so a leaked table cannot be replayed. WeChat's session_key is not kept: nothing here
 * needs it, and a secret we do not hold cannot leak.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    openid: text('openid').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('sessions_token_hash_idx').on(t.tokenHash), index('sessions_openid_idx').on(t.openid, t.createdAt)],
)

export const addresses = pgTable(
  'addresses',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    openid: text('openid').notNull(),
    userName: text('user_name').notNull(),
    telNumber: text('tel_number').notNull(),
    provinceName: text('province_name').notNull(),
    cityName: text('city_name').notNull(),
    countyName: text('county_name').notNull(),
    detailInfo: text('detail_info').notNull(),
    postalCode: text('postal_code'),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('addresses_openid_idx').on(t.openid, t.seq.desc().nullsFirst()),
    // At most one default per shopper, whatever races.
    uniqueIndex('addresses_one_default_idx').on(t.openid).where(sql`${t.isDefault}`),
  ],
)
