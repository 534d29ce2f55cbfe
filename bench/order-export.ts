// merchant.exportOrders at 50,000 orders (100,000 lines) on embedded PostgreSQL: the time and
// peak memory of writing .csv and .xlsx, beside reading the very same rows through the same
// pages and throwing them away (the baseline). Streaming means the export's memory stays near
// the baseline's instead of growing with the range. Budget (DESIGN.md section 6): streamed, so
// the export's peak heap stays within 150 MB above the heap before it.
//
//   npx tsx bench/order-export.ts          prints the figures
//   benchOrderExport()                     returns them as BenchRow[] for bench/run.ts
import { randomBytes } from 'node:crypto'
import { rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { openDatabase } from '../cloud/db/client'
import { writeOrders } from '../cloud/export/export-orders'
import { openSheetWriter, type SheetWriter } from '../cloud/export/sheet-writer'
import { createDatabase, dropDatabase, startPostgres } from '../tests/support/postgres'
import type { BenchRow } from './types'

const ORDERS = Number(process.env.BENCH_EXPORT_ORDERS ?? 50_000)
const HEAP_BUDGET_MB = 150

interface Measured {
  ms: number
  /** Peak heap above the heap at the start, in MB. */
  heapMb: number
  /** Peak resident set size of the process, in MB. */
  rssMb: number
  rows: number
}

async function measure(work: () => Promise<number>): Promise<Measured> {
  ;(globalThis as { gc?: () => void }).gc?.()
  const startHeap = process.memoryUsage().heapUsed
  let peakHeap = startHeap
  let peakRss = process.memoryUsage().rss
  const timer = setInterval(() => {
    const m = process.memoryUsage()
    peakHeap = Math.max(peakHeap, m.heapUsed)
    peakRss = Math.max(peakRss, m.rss)
  }, 10)
  const started = performance.now()
  const rows = await work()
  const ms = performance.now() - started
  clearInterval(timer)
  const m = process.memoryUsage()
  peakHeap = Math.max(peakHeap, m.heapUsed)
  peakRss = Math.max(peakRss, m.rss)
  return { ms, heapMb: (peakHeap - startHeap) / 2 ** 20, rssMb: peakRss / 2 ** 20, rows }
}

const discard: SheetWriter = { async add() {}, async finish() {} }

export async function benchOrderExport(): Promise<BenchRow[]> {
  const server = await startPostgres()
  const name = `bench_${randomBytes(4).toString('hex')}`
  const url = await createDatabase(server.url, name)
  const database = await openDatabase({ url, poolSize: 4 })
  try {
    const storeId = 'bench-export-store'
    const from = new Date(Date.now() - 20 * 86_400_000)
    const to = new Date()
    // 50,000 paid orders of two lines each, spread over the range, plus another store's.
    await database.db.execute(sql`insert into stores (id, owner_openid, name) values (${storeId}, 'bench-owner', '导出测试店'), ('bench-other', 'x', '别家')`)
    await database.db.execute(sql`
      insert into orders (id, buyer_openid, store_id, status, items_total, delivery_fee, total, delivery, address, note, expires_at, paid_at, created_at)
      select 'o' || g, 'buyer-' || (g % 977), case when g % 10 = 0 then 'bench-other' else ${storeId} end,
        (array['paid','shipped','completed'])[1 + g % 3], 4780, 800, 5580, 'express',
        '{"userName":"张三","telNumber":"13800138000","provinceName":"广东省","cityName":"广州市","countyName":"海珠区","detailInfo":"新港中路397号"}'::jsonb,
        '请尽快发货', now(), ${from.toISOString()}::timestamptz + (g * interval '30 seconds'), ${from.toISOString()}::timestamptz + (g * interval '30 seconds')
      from generate_series(1, ${Math.round(ORDERS / 0.9)}) g`)
    await database.db.execute(sql`
      insert into order_items (order_id, sku_id, product_id, title, specs, price, quantity)
      select o.id, 's' || k, 'p' || k, case k when 1 then '手工陶瓷马克杯' else '云南小粒咖啡豆' end, ('{"颜色":"月白"}')::json,
        case k when 1 then 1290 else 3500 end, case k when 1 then 1 else 1 end
      from orders o cross join generate_series(1, 2) k`)
    await database.db.execute(sql`analyze`)

    const baseline = await measure(async () => (await writeOrders(database.db, storeId, from, to, discard)).rows)
    const rows: BenchRow[] = [
      {
        name: `read the rows of ${ORDERS.toLocaleString('en')} orders (baseline)`,
        value: Math.round(baseline.ms),
        unit: 'ms',
        budget: null,
        pass: true,
        baseline: `${baseline.rows.toLocaleString('en')} lines, peak heap +${baseline.heapMb.toFixed(0)} MB, rss ${baseline.rssMb.toFixed(0)} MB`,
      },
    ]
    for (const format of ['csv', 'xlsx'] as const) {
      const file = path.join(os.tmpdir(), `bench-export-${randomBytes(4).toString('hex')}.${format}`)
      const run = await measure(async () => {
        const writer = openSheetWriter(format, file)
        const counted = await writeOrders(database.db, storeId, from, to, writer)
        await writer.finish()
        return counted.rows
      })
      const size = statSync(file).size
      rmSync(file, { force: true })
      rows.push({
        name: `export ${ORDERS.toLocaleString('en')} orders as .${format}: time`,
        value: Math.round(run.ms),
        unit: 'ms',
        budget: null,
        pass: run.rows === baseline.rows,
        baseline: `${(run.ms / baseline.ms).toFixed(1)}× the read (${Math.round(baseline.ms)} ms); ${(size / 2 ** 20).toFixed(1)} MB file`,
      })
      rows.push({
        name: `export ${ORDERS.toLocaleString('en')} orders as .${format}: peak heap growth`,
        value: Math.round(run.heapMb),
        unit: 'MB',
        budget: `≤ ${HEAP_BUDGET_MB} MB`,
        pass: run.heapMb <= HEAP_BUDGET_MB,
        baseline: `read alone: +${baseline.heapMb.toFixed(0)} MB; rss ${run.rssMb.toFixed(0)} MB vs ${baseline.rssMb.toFixed(0)} MB`,
      })
    }
    return rows
  } finally {
    await database.close()
    await dropDatabase(server.url, name)
    await server.stop()
  }
}

if (require.main === module) {
  benchOrderExport().then(
    (rows) => {
      for (const r of rows) console.log(`${r.name}: ${r.value} ${r.unit} ${r.budget ?? ''} ${r.pass ? 'pass' : 'FAIL'} | ${r.baseline ?? ''}`)
    },
    (error) => {
      console.error(error)
      process.exitCode = 1
    },
  )
}
