// order.create against the bare SQL that does the same essential work (reserve stock with a
// conditional decrement, insert the order and its lines, in one transaction), on the same
// embedded PostgreSQL in the same run, both at concurrency 16. Budget (DESIGN.md section 6):
// order.create reaches ≥ 60 % of the bare SQL's throughput. It also does what the bare SQL
// leaves out (the write budget, prices and snapshots, the order number, the idempotency key),
// so it gets there by doing it in two round trips (cloud/order/create-fast.ts).
//
//   npx tsx bench/order-create.ts          prints the figures
//   benchOrderCreate()                     returns them as BenchRow[] for bench/run.ts
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { Ctx } from '../cloud/context'
import { openDatabase, type Database } from '../cloud/db/client'
import { newId } from '../cloud/db/ids'
import { products, skus, stores } from '../cloud/db/schema'
import { dispatch } from '../cloud/dispatch'
import { registry } from '../cloud/functions'
import { localPlatform } from '../cloud/platform/local'
import { ADDRESS } from '../tests/support/fixtures'
import { createDatabase, dropDatabase, startPostgres } from '../tests/support/postgres'
import { percentile, type BenchRow } from './types'

const CONCURRENCY = 16
const SKU_COUNT = 200
const WARMUP_MS = 1_000
const MEASURE_MS = Number(process.env.BENCH_MS ?? 4_000)
const BUDGET = 0.6

interface Run {
  ops: number
  seconds: number
  latencies: number[]
  failures: number
}

/** Runs `op` from CONCURRENCY workers for `ms` and collects each call's latency. */
async function measure(ms: number, op: (worker: number, i: number) => Promise<boolean>): Promise<Run> {
  const latencies: number[] = []
  let failures = 0
  const started = performance.now()
  const until = started + ms
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      for (let i = 0; performance.now() < until; i++) {
        const t = performance.now()
        if (await op(worker, i)) latencies.push(performance.now() - t)
        else failures++
      }
    }),
  )
  return { ops: latencies.length, seconds: (performance.now() - started) / 1000, latencies, failures }
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

async function seed(database: Database): Promise<{ storeId: string; skuIds: string[] }> {
  const storeId = newId()
  await database.db.insert(stores).values({ id: storeId, ownerOpenid: 'bench-owner', name: '压测小店' })
  const skuIds: string[] = []
  for (let p = 0; p < SKU_COUNT / 2; p++) {
    const productId = newId()
    await database.db.insert(products).values({ id: productId, storeId, title: `商品${p}`, images: ['/files/x.svg'], status: 'on_sale' })
    for (let s = 0; s < 2; s++) {
      const id = newId()
      skuIds.push(id)
      await database.db.insert(skus).values({ id, productId, position: s, specs: { 规格: `${s}` }, price: 1000 + p, stock: 10_000_000 })
    }
  }
  return { storeId, skuIds }
}

/** Two distinct SKUs per order, spread so workers rarely queue on the same row. */
function pick(skuIds: string[], worker: number, i: number): [string, string] {
  const a = (worker * 7919 + i * 104729) % skuIds.length
  const b = (a + 1 + ((i * 31) % (skuIds.length - 1))) % skuIds.length
  return [skuIds[a], skuIds[b]]
}

export async function benchOrderCreate(): Promise<BenchRow[]> {
  const server = await startPostgres()
  const name = `bench_${randomBytes(4).toString('hex')}`
  const url = await createDatabase(server.url, name)
  const database = await openDatabase({ url, poolSize: CONCURRENCY + 4 })
  const pool = new pg.Pool({ connectionString: url, max: CONCURRENCY + 4 })
  pool.on('error', () => undefined) // idle clients ended by the database drop at the end
  try {
    const { storeId, skuIds } = await seed(database)
    const run = randomBytes(3).toString('hex')

    // One shopper per order, as in a real rush: one buyer is held to the write budget (WRITES).
    const ctxFor = (worker: number, i: number): Ctx => ({
      db: database.db,
      identity: { openid: `bench-buyer-${worker}-${i}` },
      caller: 'user',
      platform: localPlatform(),
      now: () => new Date(),
      production: false,
    })
    let phase = 0
    const viaOrderCreate = async (worker: number, i: number) => {
      const [a, b] = pick(skuIds, worker, i)
      const answer = await dispatch(registry, 'order', {
        action: 'create',
        data: {
          storeId,
          items: [{ skuId: a, quantity: 1 }, { skuId: b, quantity: 2 }],
          address: ADDRESS,
          delivery: 'express',
          idempotencyKey: `bench-${run}-${phase}-${worker}-${i}`,
        },
      }, ctxFor(worker, i))
      return answer.body.ok
    }

    // The same essential work by hand: lock in id order, decrement, insert order and lines.
    const viaBareSql = async (worker: number, i: number) => {
      const [a, b] = pick(skuIds, worker, i)
      const lines = [[a, 1], [b, 2]].sort((x, y) => String(x[0]).localeCompare(String(y[0])))
      const client = await pool.connect()
      try {
        await client.query('begin')
        const prices: number[] = []
        for (const [skuId, quantity] of lines) {
          const res = await client.query('update skus set stock = stock - $2 where id = $1 and stock >= $2 returning price', [skuId, quantity])
          if (res.rowCount !== 1) throw new Error('out of stock')
          prices.push(res.rows[0].price * Number(quantity))
        }
        const total = prices.reduce((s, p) => s + p, 0)
        const orderId = newId()
        await client.query(
          `insert into orders (id, buyer_openid, store_id, items_total, delivery_fee, total, delivery, address, expires_at, idempotency_key)
           values ($1, $2, $3, $4, 0, $4, 'express', $5, now() + interval '30 minutes', $6)`,
          [orderId, `bare-buyer-${worker}`, storeId, total, JSON.stringify(ADDRESS), `bare-${run}-${phase}-${worker}-${i}`],
        )
        await client.query(
          `insert into order_items (order_id, sku_id, product_id, title, price, quantity)
           select $1, s.id, s.product_id, p.title, s.price, v.q from (values ($2::text, $3::int), ($4::text, $5::int)) v(id, q)
           join skus s on s.id = v.id join products p on p.id = s.product_id`,
          [orderId, lines[0][0], lines[0][1], lines[1][0], lines[1][1]],
        )
        await client.query('commit')
        return true
      } catch {
        await client.query('rollback').catch(() => undefined)
        return false
      } finally {
        client.release()
      }
    }

    phase = 1
    await measure(WARMUP_MS, viaBareSql)
    await measure(WARMUP_MS, viaOrderCreate)
    // Alternate the two so a slow moment of a shared machine does not favour either.
    const bare: Run[] = []
    const create: Run[] = []
    for (let round = 0; round < 2; round++) {
      phase = 10 + round
      bare.push(await measure(MEASURE_MS / 2, viaBareSql))
      phase = 20 + round
      create.push(await measure(MEASURE_MS / 2, viaOrderCreate))
    }
    const total = (runs: Run[]) => ({
      ops: runs.reduce((s, r) => s + r.ops, 0),
      seconds: runs.reduce((s, r) => s + r.seconds, 0),
      latencies: runs.flatMap((r) => r.latencies),
      failures: runs.reduce((s, r) => s + r.failures, 0),
    })
    const b = total(bare)
    const c = total(create)
    if (b.failures + c.failures > 0) throw new Error(`benchmark calls failed: bare ${b.failures}, order.create ${c.failures}`)
    const bareOps = b.ops / b.seconds
    const createOps = c.ops / c.seconds
    const ratio = createOps / bareOps
    return [
      {
        name: `order.create throughput, concurrency ${CONCURRENCY}, PostgreSQL ${server.version}`,
        value: round(createOps),
        unit: 'orders/s',
        budget: `≥ ${BUDGET * 100} % of bare SQL`,
        pass: ratio >= BUDGET,
        baseline: `bare SQL (reserve stock + insert order and lines) ${round(bareOps)} orders/s`,
      },
      {
        name: 'order.create / bare SQL throughput',
        value: round(ratio * 100),
        unit: '%',
        budget: `≥ ${BUDGET * 100} %`,
        pass: ratio >= BUDGET,
      },
      {
        name: `order.create p95 latency, concurrency ${CONCURRENCY}`,
        value: round(percentile(c.latencies, 95), 2),
        unit: 'ms',
        budget: null,
        pass: true,
        baseline: `bare SQL p95 ${round(percentile(b.latencies, 95), 2)} ms`,
      },
    ]
  } finally {
    await pool.end().catch(() => undefined)
    await database.close().catch(() => undefined)
    await dropDatabase(server.url, name).catch(() => undefined)
    await server.stop()
  }
}

if (require.main === module) {
  benchOrderCreate().then(
    (rows) => {
      for (const row of rows) {
        const baseline = row.baseline ? `  (${row.baseline})` : ''
        console.log(`${row.pass ? '✓' : '✗'} ${row.name}: ${row.value} ${row.unit}${baseline}${row.budget ? `  budget ${row.budget}` : ''}`)
      }
      process.exit(rows.every((r) => r.pass) ? 0 : 1)
    },
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
