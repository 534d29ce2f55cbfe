// Sliding-window rate limits kept in the database, so every server process and cloud
// function instance shares them: at most `limit` accepted hits per key within `windowMs`.
import { sql } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import type { Db, Tx } from '../db/client'
import { rowsOf } from '../db/rows'
import { RATE_LIMITS } from './rate-limits'

export interface RateLimit {
  limit: number
  windowMs: number
  /** What the caller is told when the window is full; RATE_LIMITED's default message otherwise. */
  message?: string
}

/** Records one hit for `key` at `now`, or throws RATE_LIMITED when the window is full. */
export async function hitRateLimit(db: Db | Tx, key: string, rule: RateLimit, now: Date): Promise<void> {
  const since = new Date(now.getTime() - rule.windowMs)
  // The upsert locks the key's row, so concurrent hits are counted one after another.
  const accepted = await db.execute(sql`
    insert into rate_limits (key, hits) values (${key}, array[${now.toISOString()}::timestamptz])
    on conflict (key) do update
      set hits = array(select h from unnest(rate_limits.hits) as h where h > ${since.toISOString()}::timestamptz)
                 || ${now.toISOString()}::timestamptz
      where (select count(*) from unnest(rate_limits.hits) as h where h > ${since.toISOString()}::timestamptz) < ${rule.limit}
    returning key`)
  if (rowsOf(accepted).length === 0) throw rateLimited(rule)
}

/** What a caller whose window is full is told. */
export function rateLimited(rule: RateLimit): AppError {
  return new AppError('RATE_LIMITED', rule.message, { retryAfterMs: rule.windowMs })
}

/**
 * Gives back one hit recorded at `now` for `key` (a slot taken before knowing whether the call
 * should count, e.g. a login attempt that turned out to be valid). Only one of equal stamps goes.
 */
export async function releaseRateLimitHit(db: Db | Tx, key: string, now: Date): Promise<void> {
  const at = sql`${now.toISOString()}::timestamptz`
  await db.execute(sql`
    update rate_limits
      set hits = hits[1 : array_position(hits, ${at}) - 1] || hits[array_position(hits, ${at}) + 1 : cardinality(hits)]
      where key = ${key} and array_position(hits, ${at}) is not null`)
}

/** The write budget of one identity in one cloud function (see RATE_LIMITS.writes). */
export const WRITES: RateLimit = RATE_LIMITS.writes

/** The key an operation's budget (WRITES) is counted under: per identity and cloud function. */
export function writeBudgetKey(functionName: string, openid: string): string {
  return `writes:${functionName}:${openid}`
}

/**
 * How long a key's row outlives its last hit. Keys now come from client addresses (anonymous
 * visits, failed logins), so without pruning every address ever seen would keep a row. Longer
 * than every window in use (the longest is an hour), so pruning never frees a slot early.
 */
export const RATE_LIMIT_RETENTION_MS = 24 * 3_600_000

/** Deletes up to `batch` keys with no hit in the retention period; answers how many went. */
export async function pruneRateLimits(db: Db | Tx, now: Date, batch = 5_000): Promise<number> {
  const before = new Date(now.getTime() - RATE_LIMIT_RETENTION_MS).toISOString()
  const pruned = await db.execute(sql`
    delete from rate_limits where key in (
      select key from rate_limits
        where not exists (select 1 from unnest(hits) as h where h > ${before}::timestamptz)
        limit ${batch})
    returning key`)
  return rowsOf(pruned).length
}
