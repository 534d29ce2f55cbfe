// A fingerprint of every row in the database, to prove a refused call changed nothing.
import { sql } from 'drizzle-orm'
import type { Db } from '../../cloud/db/client'
import { rowsOf } from '../../cloud/db/rows'

/**
 * Tables that record attempts by design, refused ones included: every content-security verdict
 * is kept, and rate limits count what they accepted.
 */
export const ATTEMPT_LOGS = new Set(['content_checks', 'rate_limits'])

export async function databaseChecksum(db: Db): Promise<string> {
  const tables = rowsOf<{ table_name: string }>(
    await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  )
    .map((t) => t.table_name)
    .filter((name) => !ATTEMPT_LOGS.has(name))
  const parts: string[] = []
  for (const name of tables) {
    const [row] = rowsOf<{ sum: string }>(
      await db.execute(sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from "${name}" t`)),
    )
    parts.push(`${name}:${row.sum}`)
  }
  return parts.join(',')
}
