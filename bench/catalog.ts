// catalog.listProducts at 10,000 products on the local cloud (PGlite, over HTTP), beside the
// bare SQL of the same page read straight from the same database in the same run.
import { sql } from 'drizzle-orm'
import { openDatabase } from '../cloud/db/client'
import { registry } from '../cloud/functions'
import { createHttpApp } from '../cloud/http/app'
import { localPlatform } from '../cloud/platform/local'
import { BULK_STORE_ID, seedBulkStore } from '../cloud/seed/bulk-store'
import { seedDemoStore } from '../cloud/seed/demo-store'
import { percentile, type BenchRow } from './types'
import { serveHttp } from '../tests/support/http-server'

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000)
const PAGES = 200

export async function benchListProducts(): Promise<BenchRow[]> {
  const database = await openDatabase()
  await seedDemoStore(database.db)
  await seedBulkStore(database.db, PRODUCTS)
  const handle = createHttpApp({ db: database.db, registry, platform: localPlatform(), production: false, webRoot: null })
  const { server, base } = await serveHttp(handle)
  const url = `${base}/fn/catalog`

  const list = async (data: Record<string, unknown>) => {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify({ action: 'listProducts', data }) })
    const body = await res.json()
    if (!body.ok) throw new Error(JSON.stringify(body.error))
    return body.data as { items: Array<{ id: string }>; nextCursor: string | null }
  }

  // Walk the store page by page (as infinite scroll does), then the same pages by hashtag
  // and across all stores, timing every request.
  const api: number[] = []
  const queries: Array<Record<string, unknown>> = [{ storeId: BULK_STORE_ID }, { storeId: BULK_STORE_ID, hashtag: '礼物' }, {}]
  for (let round = 0; round < 2; round++) {
    for (const query of queries) {
      let cursor: string | null = null
      for (let i = 0; i < PAGES / queries.length; i++) {
        const started = performance.now()
        const page: { nextCursor: string | null } = await list({ ...query, cursor, limit: 20 })
        if (round > 0) api.push(performance.now() - started)
        cursor = page.nextCursor
        if (!cursor) break
      }
    }
  }

  // The bare SQL of one page: the product rows and their SKUs, nothing else.
  const bare: number[] = []
  let after = Number.MAX_SAFE_INTEGER
  for (let i = 0; i < PAGES; i++) {
    const started = performance.now()
    const rows = await database.db.execute(
      sql`select * from products where store_id = ${BULK_STORE_ID} and status = 'on_sale' and seq < ${after} order by seq desc limit 21`,
    )
    const list = (rows as unknown as { rows: Array<{ id: string; seq: number }> }).rows
    await database.db.execute(sql`select * from skus where product_id in ${sql.raw(`(${list.slice(0, 20).map((r) => `'${r.id}'`).join(',')})`)}`)
    bare.push(performance.now() - started)
    after = list.length > 20 ? Number(list[19].seq) : Number.MAX_SAFE_INTEGER
  }

  await new Promise((resolve) => server.close(resolve))
  await database.close()
  const p95 = percentile(api, 95)
  const bareP95 = percentile(bare, 95)
  return [
    {
      name: `catalog.listProducts p95, ${PRODUCTS} products, local cloud over HTTP (${api.length} pages)`,
      value: round2(p95),
      unit: 'ms',
      budget: '≤ 20 ms',
      pass: p95 <= 20,
      baseline: `bare SQL of the same page p95 ${round2(bareP95)} ms; API p50 ${round2(percentile(api, 50))} ms`,
    },
  ]
}

function round2(n: number): number {
  return Math.round(n * 100) / 100
}

if (require.main === module) {
  benchListProducts().then((rows) => console.table(rows), (error) => {
    console.error(error)
    process.exit(1)
  })
}
