// Named prepared statements for the hottest statements (order.create's read and write): on
// PostgreSQL each connection parses and plans one once and then only binds values, which is a
// good part of what a short statement costs the server. PGlite is one embedded connection with
// no planning worth saving, so it runs the same text with the same values.
// Errors come back as the driver raised them (with their SQLSTATE in `code`), not wrapped.
import type { Db } from './client'

export interface Prepared {
  /** Unique per statement text: a connection keeps the first text it saw under a name. */
  name: string
  text: string
}

interface Rows {
  rows: unknown[]
}
interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<Rows>
}
interface Pglite {
  waitReady: Promise<void>
  query(text: string, values: unknown[]): Promise<Rows>
}

/** Runs `statement` with `values` outside any transaction (as its own implicit one). */
export async function runPrepared<T>(db: Db, statement: Prepared, values: unknown[]): Promise<T[]> {
  // drizzle keeps the driver's client (node-postgres Pool or PGlite) on the database it wraps.
  const client = (db as unknown as { $client: PgPool | Pglite }).$client
  const result = 'waitReady' in client ? await client.query(statement.text, values) : await client.query({ ...statement, values })
  return result.rows as T[]
}
