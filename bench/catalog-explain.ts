// The plans behind the catalog bench: seeds the bench's catalog at each size on each database,
// runs each read's page 1 and a deep page through dispatch, and prints EXPLAIN (ANALYZE, BUFFERS)
// of every statement it sent. Buffer counts do not depend on the machine's load, so they show
// whether a read's work grows with the catalog where timings are noisy.
// EXPLAIN_SIZES=10000,100000, EXPLAIN_DBS=pglite,postgres, EXPLAIN_READS=category,topic (substrings).
import { randomBytes } from 'node:crypto'
import { openDatabase, type Database } from '../cloud/db/client'
import * as schema from '../cloud/db/schema'
import { dispatch } from '../cloud/dispatch'
import { registry } from '../cloud/functions'
import { localPlatform } from '../cloud/platform/local'
import { createDatabase, dropDatabase, startPostgres, type PostgresServer } from '../tests/support/postgres'
import { READS, seedCatalog } from './catalog'

const SIZES = (process.env.EXPLAIN_SIZES ?? '10000,100000').split(',').map(Number)
const KINDS = (process.env.EXPLAIN_DBS ?? 'pglite,postgres').split(',') as Array<'pglite' | 'postgres'>
const FILTER = process.env.EXPLAIN_READS?.split(',')
const DEEP_PAGE = 30

interface Captured {
  sql: string
  params: unknown[]
}

/** The same database with every statement also pushed onto `captured`. */
async function capturing(database: Database, captured: Captured[]): Promise<Database['db']> {
  const logger = { logQuery: (query: string, params: unknown[]) => captured.push({ sql: query, params }) }
  const client = (database.db as unknown as { $client: unknown }).$client
  const { drizzle } = database.kind === 'pglite' ? await import('drizzle-orm/pglite') : await import('drizzle-orm/node-postgres')
  return (drizzle as unknown as (client: unknown, config: unknown) => Database['db'])(client, { schema, logger })
}

async function explain(database: Database, query: Captured): Promise<string> {
  const text = `explain (analyze, buffers, costs off, timing off, summary off) ${query.sql}`
  const client = (database.db as unknown as { $client: { query: (sql: string, params: unknown[]) => Promise<{ rows: Array<Record<string, string>> }> } }).$client
  const result = await client.query(text, query.params)
  return result.rows.map((row) => row['QUERY PLAN']).join('\n')
}

async function main(): Promise<void> {
  let postgres: PostgresServer | null = null
  try {
    for (const kind of KINDS) {
      if (kind === 'postgres' && !postgres) postgres = await startPostgres()
      for (const size of SIZES) {
        const name = `explain_catalog_${randomBytes(4).toString('hex')}`
        const url = kind === 'postgres' ? await createDatabase(postgres!.url, name) : undefined
        const database = await openDatabase(url ? { url } : {})
        try {
          await seedCatalog(database, size)
          const captured: Captured[] = []
          const db = await capturing(database, captured)
          const ctx = { db, identity: null, caller: 'user' as const, platform: localPlatform(), now: () => new Date(), production: false }
          for (const read of READS.filter((r) => !FILTER || FILTER.some((f) => r.name.includes(f)))) {
            let cursor: string | null = null
            for (let page = 1; page <= DEEP_PAGE; page++) {
              captured.length = 0
              const answer = await dispatch(registry, read.fn, { action: read.action, data: { ...read.data, cursor, limit: 20 } }, ctx)
              if (!answer.body.ok) throw new Error(`${read.name}: ${JSON.stringify(answer.body.error)}`)
              if (page === 1 || page === DEEP_PAGE) {
                for (const query of captured.filter((q) => /^\s*select/i.test(q.sql))) {
                  console.log(`\n=== ${kind} ${size} · ${read.name} · page ${page}\n${query.sql}\n${JSON.stringify(query.params)}\n${await explain(database, query)}`)
                }
              }
              cursor = (answer.body.data as { nextCursor: string | null }).nextCursor
              if (!cursor) break
            }
          }
        } finally {
          await database.close()
          if (url) await dropDatabase(postgres!.url, name)
        }
      }
    }
  } finally {
    await postgres?.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
