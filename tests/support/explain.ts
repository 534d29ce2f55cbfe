// Captures the SQL an operation sends and reads PostgreSQL's plan of each: the scale tests
// fail on a sequential scan where an index must answer.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { openDatabase, type Database } from '../../cloud/db/client'
import * as schema from '../../cloud/db/schema'
import { createDatabase, dropDatabase, requirePostgresUrl } from './postgres'

export interface CapturedQuery {
  sql: string
  params: unknown[]
}

interface PlanNode {
  'Node Type': string
  'Relation Name'?: string
  Plans?: PlanNode[]
}

/** A Database over `url` whose every statement is also pushed onto `captured`. */
export async function capturingDatabase(url: string, captured: CapturedQuery[]): Promise<Database & { pool: pg.Pool }> {
  const { drizzle } = await import('drizzle-orm/node-postgres')
  const pool = new pg.Pool({ connectionString: url, max: 4 })
  const db = drizzle(pool, {
    schema,
    logger: { logQuery: (sql, params) => captured.push({ sql, params }) },
  }) as unknown as Database['db']
  return { db, kind: 'postgres', pool, close: () => pool.end() }
}

export interface PlanSuite {
  /** Writes behind the suite's back (seeding, changes while it pages). */
  owner: Database
  /** Reads whose every statement lands in `captured`. */
  database: Database & { pool: pg.Pool }
  captured: CapturedQuery[]
}

/**
 * A database of its own on the run's PostgreSQL server for a plan suite: created and seeded
 * (through `owner`) before the suite's tests, dropped after them. Fields are set in beforeAll.
 */
export function planSuite(prefix: string, seed: (owner: Database) => Promise<void>): PlanSuite {
  const serverUrl = requirePostgresUrl()
  const name = `${prefix}_${randomBytes(4).toString('hex')}`
  const suite = { captured: [] } as unknown as PlanSuite
  beforeAll(async () => {
    const url = await createDatabase(serverUrl, name)
    suite.owner = await openDatabase({ url })
    await seed(suite.owner)
    suite.database = await capturingDatabase(url, suite.captured)
  })
  afterAll(async () => {
    await suite.database?.close()
    await suite.owner?.close()
    await dropDatabase(serverUrl, name)
  })
  return suite
}

/** The tables a statement's plan reads by a sequential scan. */
export async function seqScannedTables(pool: pg.Pool, query: CapturedQuery): Promise<{ tables: string[]; plan: unknown }> {
  const result = await pool.query(`explain (format json) ${query.sql}`, query.params as unknown[])
  const plan = result.rows[0]['QUERY PLAN'][0].Plan as PlanNode
  const tables: string[] = []
  const walk = (node: PlanNode) => {
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) tables.push(node['Relation Name'])
    for (const child of node.Plans ?? []) walk(child)
  }
  walk(plan)
  return { tables, plan }
}

/**
 * The steps of a statement's plan that sort rows of `table` (a Sort or Incremental Sort with a
 * scan of it below) or read it by a sequential scan: a newest-first page its index should serve.
 */
export async function sortsAndSeqScansOf(pool: pg.Pool, query: CapturedQuery, table: string): Promise<{ steps: string[]; plan: unknown }> {
  const result = await pool.query(`explain (format json) ${query.sql}`, query.params as unknown[])
  const plan = result.rows[0]['QUERY PLAN'][0].Plan as PlanNode
  const reads = (node: PlanNode): boolean => node['Relation Name'] === table || (node.Plans ?? []).some(reads)
  const steps: string[] = []
  const walk = (node: PlanNode) => {
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] === table) steps.push(`Seq Scan on ${table}`)
    if (/Sort$/.test(node['Node Type']) && reads(node)) steps.push(`${node['Node Type']} of ${table}`)
    for (const child of node.Plans ?? []) walk(child)
  }
  walk(plan)
  return { steps, plan }
}
