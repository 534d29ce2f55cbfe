// Every catalog read on the local cloud over HTTP, at 10,000 and 100,000 products, on PGlite and
// on PostgreSQL: p50/p95 of each, beside the bare SQL of the same pages read straight from the
// same database in the same run, and the 100k/10k ratio (the read must cost the same at any
// catalog size). BENCH_CATALOG_SIZES=10000,100000, BENCH_CATALOG_DBS=pglite,postgres and
// BENCH_CATALOG_READS=category,topic (substrings of the reads' names) narrow it.
import { randomBytes } from 'node:crypto'
import { globalAgent } from 'node:http'
import { brotliDecompressSync } from 'node:zlib'
import os from 'node:os'
import { sql, type SQL } from 'drizzle-orm'
import { openDatabase, type Database } from '../cloud/db/client'
import { registry } from '../cloud/functions'
import { createHttpApp } from '../cloud/http/app'
import { localPlatform } from '../cloud/platform/local'
import { BULK_STORE_ID, seedBulkStore } from '../cloud/seed/bulk-store'
import { seedDemoStore } from '../cloud/seed/demo-store'
import { createDatabase, dropDatabase, startPostgres, type PostgresServer } from '../tests/support/postgres'
import { serveHttp } from '../tests/support/http-server'
import { rawRequest } from '../tests/support/web-app'
import { percentile, type BenchRow } from './types'

const SIZES = (process.env.BENCH_CATALOG_SIZES ?? '10000,100000').split(',').map(Number)
const KINDS = (process.env.BENCH_CATALOG_DBS ?? 'pglite,postgres').split(',') as Array<'pglite' | 'postgres'>
const REQUESTS = Number(process.env.BENCH_CATALOG_REQUESTS ?? 60)
const ONLY = process.env.BENCH_CATALOG_READS?.split(',')
const CATEGORY = 'bench-category'
const BUDGET_MS = 20
const BUDGET_GROWTH = 1.3

interface Read {
  name: string
  fn: string
  action: string
  data: Record<string, unknown>
  /** The bare SQL of the same page: the product (or post) rows below `after`, newest first. */
  bare: (after: number) => SQL
  /** Whether the page's SKUs are read too (products, not posts). */
  skus: boolean
}

const onSale = (where: SQL, after: number) =>
  sql`select * from products where status = 'on_sale' and ${where} and seq < ${after} order by seq desc limit 21`

export const READS: Read[] = [
  { name: 'store page', fn: 'catalog', action: 'listProducts', data: { storeId: BULK_STORE_ID }, skus: true, bare: (a) => onSale(sql`store_id = ${BULK_STORE_ID}`, a) },
  { name: 'all-stores feed', fn: 'catalog', action: 'listProducts', data: {}, skus: true, bare: (a) => onSale(sql`true`, a) },
  { name: 'hashtag (all stores)', fn: 'catalog', action: 'listProducts', data: { hashtag: '礼物' }, skus: true, bare: (a) => onSale(sql`hashtags @> array['礼物']`, a) },
  {
    name: 'category',
    fn: 'catalog',
    action: 'listProducts',
    data: { categoryId: CATEGORY },
    skus: true,
    // From the category's links in their copy of the product's seq, as listProducts reads it.
    bare: (a) => sql`
      select p.* from product_categories pc join products p on p.id = pc.product_id
      where pc.category_id = ${CATEGORY} and pc.product_seq < ${a} and p.status = 'on_sale' and p.store_id = ${BULK_STORE_ID}
      order by pc.product_seq desc limit 21`,
  },
  { name: 'topic', fn: 'catalog', action: 'listTopic', data: { hashtag: '特价' }, skus: true, bare: (a) => onSale(sql`hashtags @> array['特价']`, a) },
  {
    name: 'search, common word (好物)',
    fn: 'catalog',
    action: 'search',
    data: { q: '好物' },
    skus: true,
    bare: (a) => onSale(sql`search_tokens @> catalog_query_tokens('好物') and title ilike '%好物%'`, a),
  },
  {
    name: 'search, rare two characters (碎花)',
    fn: 'catalog',
    action: 'search',
    data: { q: '碎花' },
    skus: true,
    bare: (a) => onSale(sql`search_tokens @> catalog_query_tokens('碎花') and title ilike '%碎花%'`, a),
  },
  {
    name: 'search, digits (#99)',
    fn: 'catalog',
    action: 'search',
    data: { q: '#99' },
    skus: true,
    bare: (a) => onSale(sql`search_tokens @> catalog_query_tokens('#99') and title ilike '%#99%'`, a),
  },
  {
    name: 'posts',
    fn: 'post',
    action: 'list',
    data: {},
    skus: false,
    bare: (a) => sql`select * from posts where deleted_at is null and seq < ${a} order by seq desc limit 21`,
  },
]

/**
 * A POST as a browser makes it: brotli accepted, the connection kept, the answer decoded in one
 * go. Not fetch(): undici decodes brotli through a stream whose hops cost ~10 ms a page on a
 * loaded 2-core machine, which a browser's native decoder does not, and which is no part of the
 * server's work.
 */
async function postJson(base: string, target: string, payload: unknown): Promise<{ ok: boolean; data?: unknown; error?: unknown }> {
  const headers = { 'content-type': 'application/json', 'accept-encoding': 'br' }
  const res = await rawRequest(base, target, headers, 'POST', JSON.stringify(payload), globalAgent)
  return JSON.parse((res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.body) : res.body).toString())
}

interface Timings {
  api: number[]
  bare: number[]
}

/** Seeds a catalog of `count` products (plus a category of every 100th and count/5 posts). */
export async function seedCatalog(database: Database, count: number): Promise<void> {
  await seedDemoStore(database.db)
  await seedBulkStore(database.db, count)
  await database.db.execute(sql`insert into categories (id, store_id, name, position) values (${CATEGORY}, ${BULK_STORE_ID}, '精选', 0)`)
  await database.db.execute(
    sql`insert into product_categories (category_id, product_id) select ${CATEGORY}, id from products where store_id = ${BULK_STORE_ID} and seq % 100 = 0`,
  )
  await database.db.execute(sql`
    insert into posts (id, store_id, kind, title, hashtags)
    select 'post' || n, ${BULK_STORE_ID}, 'article', '动态 ' || n, array['日常']
    from generate_series(1, ${Math.round(count / 5)}) as n`)
  for (const table of ['product_categories', 'posts']) await database.db.execute(sql.raw(`analyze ${table}`))
}

async function measure(database: Database): Promise<Map<string, Timings>> {
  const handle = createHttpApp({ db: database.db, registry, platform: localPlatform(), production: false, webRoot: null })
  const { server, base } = await serveHttp(handle)
  const out = new Map<string, Timings>()
  try {
    for (const read of READS.filter((r) => !ONLY || ONLY.some((name) => r.name.includes(name)))) {
      const call = async (cursor: string | null) => {
        const body = await postJson(base, `/fn/${read.fn}`, { action: read.action, data: { ...read.data, cursor, limit: 20 } })
        if (!body.ok) throw new Error(`${read.name}: ${JSON.stringify(body.error)}`)
        return body.data as { items: Array<{ id: string }>; nextCursor: string | null }
      }
      const timings: Timings = { api: [], bare: [] }
      // Page on as infinite scroll does, back to the top when the list ends; one round to warm up.
      for (let round = 0; round < 2; round++) {
        let cursor: string | null = null
        for (let i = 0; i < REQUESTS; i++) {
          const started = performance.now()
          const page = await call(cursor)
          if (round > 0) timings.api.push(performance.now() - started)
          cursor = page.nextCursor
        }
        let after = Number.MAX_SAFE_INTEGER
        for (let i = 0; i < REQUESTS; i++) {
          const started = performance.now()
          const result = await database.db.execute(read.bare(after))
          const rows = (result as unknown as { rows: Array<{ id: string; seq: number }> }).rows
          if (read.skus && rows.length > 0) {
            await database.db.execute(sql`select * from skus where product_id in ${sql.raw(`(${rows.slice(0, 20).map((r) => `'${r.id}'`).join(',')})`)}`)
          }
          if (round > 0) timings.bare.push(performance.now() - started)
          after = rows.length > 20 ? Number(rows[19].seq) : Number.MAX_SAFE_INTEGER
        }
      }
      out.set(read.name, timings)
    }
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
  return out
}

export async function benchCatalog(): Promise<BenchRow[]> {
  const results = new Map<string, Map<number, Map<string, Timings>>>()
  let postgres: PostgresServer | null = null
  const seedSeconds: string[] = []
  try {
    for (const kind of KINDS) {
      if (kind === 'postgres' && !postgres) postgres = await startPostgres()
      const bySize = new Map<number, Map<string, Timings>>()
      for (const size of SIZES) {
        const name = `bench_catalog_${randomBytes(4).toString('hex')}`
        const url = kind === 'postgres' ? await createDatabase(postgres!.url, name) : undefined
        const database = await openDatabase(url ? { url } : {})
        try {
          const started = performance.now()
          await seedCatalog(database, size)
          seedSeconds.push(`${kind} ${size}: ${((performance.now() - started) / 1000).toFixed(1)} s`)
          bySize.set(size, await measure(database))
        } finally {
          await database.close()
          if (url) await dropDatabase(postgres!.url, name)
        }
      }
      results.set(kind, bySize)
    }
  } finally {
    await postgres?.stop()
  }
  const load = os.loadavg().map((n) => n.toFixed(1)).join(' / ')
  console.log(`[bench] catalog seeded in ${seedSeconds.join(', ')}; load average ${load}`)
  const small = Math.min(...SIZES)
  const large = Math.max(...SIZES)
  const rows: BenchRow[] = []
  for (const [kind, bySize] of results) {
    for (const read of READS) {
      const big = bySize.get(large)!.get(read.name)
      const little = bySize.get(small)!.get(read.name)
      if (!big || !little) continue
      const p95 = percentile(big.api, 95)
      const ratio = p95 / percentile(little.api, 95)
      const fmt = (t: Timings) => `API p50 ${round2(percentile(t.api, 50))} / p95 ${round2(percentile(t.api, 95))} ms, bare SQL p50 ${round2(percentile(t.bare, 50))} / p95 ${round2(percentile(t.bare, 95))} ms`
      rows.push({
        name: `catalog ${read.name} p95, ${kind === 'pglite' ? 'PGlite' : 'PostgreSQL'}, ${large} products, local cloud over HTTP (${big.api.length} pages)`,
        value: round2(p95),
        unit: 'ms',
        budget: `≤ ${BUDGET_MS} ms, ≤ ${BUDGET_GROWTH}× of ${small}`,
        pass: p95 <= BUDGET_MS && (small === large || ratio <= BUDGET_GROWTH),
        baseline: `${large}: ${fmt(big)}; ${small}: ${fmt(little)}; ${large}/${small} p95 ratio ${round2(ratio)}×; load average ${load}`,
      })
    }
  }
  return rows
}

function round2(n: number): number {
  return Math.round(n * 100) / 100
}

if (require.main === module) {
  benchCatalog().then(
    (rows) => {
      for (const row of rows) console.log(`${row.pass ? 'pass' : 'FAIL'}  ${row.name}: ${row.value} ${row.unit} — ${row.baseline}`)
    },
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
