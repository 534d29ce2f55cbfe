// Opens the database the cloud runs on: PostgreSQL when a URL is given, else PGlite (an
// embedded PostgreSQL) kept in a folder, or in memory for tests. Both speak the same SQL, so
// every operation runs unchanged on either.
import path from 'node:path'
import { mkdirSync } from 'node:fs'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import * as schema from './schema'

export type Schema = typeof schema
export type Db = PgDatabase<PgQueryResultHKT, Schema>
/** A transaction handle; operations that must be atomic take one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

export interface Database {
  db: Db
  kind: 'pglite' | 'postgres'
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** postgres://… ; when absent PGlite is used. */
  url?: string
  /** PGlite folder; absent means in memory. */
  dataDir?: string
  /** Connections in the PostgreSQL pool. */
  poolSize?: number
  /** PostgreSQL limits on one statement, a transaction left idle, and waiting for a connection. */
  timeouts?: Partial<DatabaseTimeouts>
}

export interface DatabaseTimeouts {
  statementMs: number
  idleInTransactionMs: number
  connectMs: number
}

/**
 * No statement of ours takes more than milliseconds; one stuck behind a lock for this long is a
 * fault, and failing it frees its connection and its locks instead of stalling every buyer.
 */
export const DATABASE_TIMEOUTS: DatabaseTimeouts = { statementMs: 15_000, idleInTransactionMs: 30_000, connectMs: 15_000 }

const MIGRATIONS_DIR = process.env.MIGRATIONS_DIR || path.join(__dirname, 'migrations')

/** Opens the database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (!options.url) return openPglite(options.dataDir)
  return openPostgres(options.url, options.poolSize, { ...DATABASE_TIMEOUTS, ...options.timeouts })
}

async function openPostgres(url: string, poolSize = 20, timeouts: DatabaseTimeouts = DATABASE_TIMEOUTS): Promise<Database> {
  const { Pool } = await import('pg')
  const { drizzle } = await import('drizzle-orm/node-postgres')
  const pool = new Pool({
    connectionString: url,
    max: poolSize,
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    connectionTimeoutMillis: timeouts.connectMs,
  })
  // An idle client that loses its connection must not take the process down.
  pool.on('error', (error) => console.warn('[db] idle connection error:', error.message))
  // The pool listens for a client's errors only while it is idle. A connection dropped while
  // checked out (backend terminated, failover, network) emits 'error' on its client too, and
  // with no listener that event took the whole process down (tests/fault/dropped-connection).
  // The query in flight fails by itself, and the pool discards the client when it is released.
  pool.on('connect', (client) => client.on('error', (error) => console.warn('[db] connection lost:', error.message)))
  const db = drizzle(pool, { schema }) as unknown as Db
  const database: Database = { db, kind: 'postgres', close: () => pool.end() }
  // Several processes (cloud function instances, test workers) may start at once: the one
  // holding the lock migrates, the others wait and then find nothing left to do.
  const lock = await pool.connect()
  try {
    await lock.query('select pg_advisory_lock(7239001)')
    const { migrate } = await import('drizzle-orm/node-postgres/migrator')
    await migrate(db as never, { migrationsFolder: MIGRATIONS_DIR })
  } catch (error) {
    lock.release()
    await pool.end()
    throw error
  }
  await lock.query('select pg_advisory_unlock(7239001)')
  lock.release()
  return database
}

async function openPglite(dataDir?: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite')
  const { drizzle } = await import('drizzle-orm/pglite')
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const client = dataDir ? new PGlite(dataDir) : new PGlite()
  await client.waitReady
  const db = drizzle(client, { schema }) as unknown as Db
  try {
    const { migrate } = await import('drizzle-orm/pglite/migrator')
    await migrate(db as never, { migrationsFolder: MIGRATIONS_DIR })
  } catch (error) {
    await client.close()
    throw error
  }
  return { db, kind: 'pglite', close: () => client.close() }
}
