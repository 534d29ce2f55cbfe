// A fingerprint of every table's rows, to prove that a refused call changed nothing.
import { sql } from 'drizzle-orm'
import type { Db } from '../../cloud/db/client'
import { rowsOf } from '../../cloud/limits/rate-limit'

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
