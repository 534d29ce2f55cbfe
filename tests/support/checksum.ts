// A fingerprint of every table's rows, to prove that a refused call changed nothing.
import { sql } from 'drizzle-orm'
import type { Db } from '../../cloud/db/client'
import { rowsOf } from '../../cloud/db/rows'

/** md5 of each public table's rows (ordered by their text), keyed by table name. */
export async function tableChecksums(db: Db, only?: readonly string[]): Promise<Record<string, string>> {
  const tables = rowsOf<{ tablename: string }>(
    await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`),
  ).map((row) => row.tablename)
  const sums: Record<string, string> = {}
  for (const table of tables) {
    if (only && !only.includes(table)) continue
    const [row] = rowsOf<{ sum: string; n: number }>(
      await db.execute(
        sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum, count(*)::int as n from "${table}" t`),
      ),
    )
    sums[table] = `${row.n}:${row.sum}`
  }
  return sums
}

/**
 * Tables that record attempts by design, refused ones included: every content-security verdict
 * is kept, and rate limits count what they accepted.
 */
export const ATTEMPT_LOGS: readonly string[] = ['content_checks', 'rate_limits']

/** One fingerprint of the whole database except the attempt logs. */
export async function databaseChecksum(db: Db): Promise<string> {
  const sums = await tableChecksums(db)
  for (const table of ATTEMPT_LOGS) delete sums[table]
  return JSON.stringify(sums)
}
