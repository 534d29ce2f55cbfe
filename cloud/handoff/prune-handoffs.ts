// Hand-offs live two hours and their URL Links a few weeks; once expired nobody can read them
// (open-handoff answers the same 已失效 as for a code that never was), so the timer deletes
// them instead of letting every web visitor's cart stay in the database for good.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rowsOf } from '../db/rows'

/** Deletes up to `batch` expired hand-offs and expired cached links; answers how many of each. */
export async function pruneHandoffs(db: Db, now: Date, batch = 5_000): Promise<{ handoffs: number; links: number }> {
  const at = now.toISOString()
  // Through handoffs_expires_idx: the oldest first, a batch at a time, so one run stays short.
  const gone = await db.execute(sql`
    delete from handoffs where code in (
      select code from handoffs where expires_at <= ${at}::timestamptz order by expires_at limit ${batch})
    returning code`)
  const links = await db.execute(sql`
    delete from handoff_links where key in (
      select key from handoff_links where expires_at <= ${at}::timestamptz limit ${batch})
    returning key`)
  return { handoffs: rowsOf(gone).length, links: rowsOf(links).length }
}
