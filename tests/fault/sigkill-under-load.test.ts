// The local cloud is SIGKILLed in the middle of a 200-order load, on PGlite and on PostgreSQL,
// and restarted on the same data. Whatever the kill interrupted, afterwards: every order a
// client was told about exists with its lines, no order is half-written, stock adds up
// (initial = current + units held by orders), and the server serves reads and new orders.
// Runs under scripts/with-postgres.ts (npm test's fault step), which provides PostgreSQL.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase } from '../../cloud/db/client'
import type { Order } from '../../src/domain/order-types'
import { stockInvariantViolations } from '../support/order-checks'
import { createDatabase, dropDatabase, requirePostgresUrl } from '../support/postgres'
import { startCloud, type CloudEnv, type CloudProcess } from './cloud-process'
import { halfWrittenOrders, orderIdsOf } from './crash-checks'
import { planOrders, runOrderLoad, type PlannedOrder } from './order-load'
import { callFn, callOk } from './wire'

jest.setTimeout(240_000)

const ORDERS = 200
const CONCURRENCY = 12
const KILL_AFTER_ACKS = 80
/** Two SKUs small enough to run out during the load, two that never do. */
const SKUS = [
  { specs: { 规格: '限量' }, price: 3900, stock: 8 },
  { specs: { 规格: '小批' }, price: 2500, stock: 30 },
  { specs: { 规格: '常规' }, price: 990, stock: 1000 },
  { specs: { 规格: '大份' }, price: 1990, stock: 1000 },
]
const WEIGHTS = [2, 2, 3, 3]
const MERCHANT = 'fault-merchant'

interface Target {
  kind: 'PGlite' | 'PostgreSQL'
  env: CloudEnv
  cleanup(): Promise<void>
}

async function pgliteTarget(): Promise<Target> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xd-fault-'))
  return { kind: 'PGlite', env: { dataDir }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) }
}

async function postgresTarget(): Promise<Target> {
  const server = requirePostgresUrl()
  const name = `fault_${randomBytes(4).toString('hex')}`
  const databaseUrl = await createDatabase(server, name)
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xd-fault-'))
  return {
    kind: 'PostgreSQL',
    env: { dataDir, databaseUrl },
    async cleanup() {
      await dropDatabase(server, name)
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A store with one on-sale product of four SKUs, made through the merchant actions. */
async function openFaultStore(url: string): Promise<{ storeId: string; skuIds: string[]; initial: Map<string, number> }> {
  const store = await callOk(url, 'merchant', 'openStore', { name: '压力测试小店' }, MERCHANT)
  const product = await callOk(
    url,
    'merchant',
    'saveProduct',
    { storeId: store.id, title: '限时手作礼盒', images: ['/files/demo/mug.svg'], status: 'on_sale', skus: SKUS },
    MERCHANT,
  )
  const skuIds = SKUS.map((sku) => product.skus.find((s) => s.specs.规格 === sku.specs.规格)!.id)
  return { storeId: store.id, skuIds, initial: new Map(product.skus.map((s) => [s.id, s.stock])) }
}

/** Runs `fn` over `items` with a few calls in flight. */
async function inBatches<T, R>(items: T[], fn: (item: T) => Promise<R>, width = 8): Promise<R[]> {
  const results: R[] = []
  for (let i = 0; i < items.length; i += width) results.push(...(await Promise.all(items.slice(i, i + width).map(fn))))
  return results
}

describe.each([
  ['PGlite', pgliteTarget],
  ['PostgreSQL', postgresTarget],
] as const)('SIGKILL of the local cloud under a %s order load', (kind, makeTarget) => {
  let target: Target
  // Whatever fails, no server outlives the test.
  const running: CloudProcess[] = []
  const start = async () => {
    const cloud = await startCloud(target.env)
    running.push(cloud)
    return cloud
  }
  beforeAll(async () => {
    target = await makeTarget()
  })
  afterAll(async () => {
    for (const cloud of running) await cloud.kill()
    await target?.cleanup()
  })

  it(`loses no acknowledged order and no stock, leaves nothing half-written, and serves again`, async () => {
    const first = await start()
    const shop = await openFaultStore(first.url)
    const planned = planOrders({ ...shop, weights: WEIGHTS, count: ORDERS, seed: 9, tag: kind })
    const load = await runOrderLoad(first.url, planned, { concurrency: CONCURRENCY, killAfterAcks: KILL_AFTER_ACKS, kill: first.kill })

    // The kill struck mid-load, after the small SKUs had started refusing.
    expect(load.acknowledgedAtKill).toBeGreaterThanOrEqual(KILL_AFTER_ACKS)
    expect(load.notSent).toBeGreaterThan(0)
    expect(load.serverErrors).toEqual([])
    expect(Object.keys(load.refused).filter((code) => code !== 'OUT_OF_STOCK')).toEqual([])
    expect(load.refused.OUT_OF_STOCK ?? 0).toBeGreaterThan(0)

    const restartedAt = new Date()
    const second = await start()
    // (a) Every acknowledged order is there for its buyer, with the lines it was answered with.
    const lines = (order: Order) => order.items.map(({ skuId, quantity, price }) => ({ skuId, quantity, price })).sort((a, b) => a.skuId.localeCompare(b.skuId))
    const reread = await inBatches(load.acknowledged, async ({ planned, order }) => {
      const answer = await callFn<Order>(second.url, 'order', 'get', { orderId: order.id }, planned.buyer)
      return answer.body.ok ? { id: answer.body.data.id, lines: lines(answer.body.data) } : { id: order.id, missing: answer.body.error.code }
    })
    expect(reread).toEqual(load.acknowledged.map(({ order }) => ({ id: order.id, lines: lines(order) })))

    // A client whose call broke retries with the same key: it gets the order the crash may
    // have committed, or a new one, or OUT_OF_STOCK; never a second order for one key.
    const retried = await inBatches(load.unanswered, (order: PlannedOrder) =>
      callFn<Order>(second.url, 'order', 'create', order.payload, order.buyer),
    )
    expect(retried.filter((a) => !a.body.ok && a.body.error.code !== 'OUT_OF_STOCK').map((a) => a.body)).toEqual([])
    const retriedOrders = retried.flatMap((a) => (a.body.ok ? [a.body.data] : []))
    const committedBeforeKill = retriedOrders.filter((o) => new Date(o.createdAt) < restartedAt).length

    // (d) It serves again: a read, and a new order by a new buyer.
    const product = await callOk(second.url, 'catalog', 'getProduct', { productId: (await productIdOf(second.url, shop.storeId)) })
    expect(product.skus.map((s) => s.id).sort()).toEqual([...shop.skuIds].sort())
    const fresh = await callOk(
      second.url,
      'order',
      'create',
      { ...planned[0].payload, items: [{ skuId: shop.skuIds[2], quantity: 1 }], idempotencyKey: `fault-${kind}-after-restart` },
      `fault-${kind}-after-restart`,
    )
    expect(fresh.status).toBe('pending_payment')

    await second.stop()

    // (b) and (c), read straight from the database the server ran on.
    const database = await openDatabase(target.env.databaseUrl ? { url: target.env.databaseUrl, poolSize: 2 } : { dataDir: path.join(target.env.dataDir, 'pglite') })
    try {
      expect(await halfWrittenOrders(database.db)).toEqual([])
      expect(await stockInvariantViolations(database.db, shop.initial)).toEqual([])
      const ids = await orderIdsOf(database.db, shop.storeId)
      const expected = [...load.acknowledged.map((a) => a.order.id), ...retriedOrders.map((o) => o.id), fresh.id]
      expect([...ids].sort()).toEqual([...new Set(expected)].sort())
      console.log(
        `[fault] ${kind}: ${load.acknowledgedAtKill} acknowledged when killed, ${load.acknowledged.length} acknowledged in all, ` +
          `${load.unanswered.length} unanswered (${committedBeforeKill} of them committed before the kill), ${load.notSent} not sent, ` +
          `OUT_OF_STOCK ${load.refused.OUT_OF_STOCK ?? 0}; ${ids.length} orders after restart; ` +
          `first start ${first.startMs} ms, restart after SIGKILL ${second.startMs} ms`,
      )
    } finally {
      await database.close()
    }
  })
})

async function productIdOf(url: string, storeId: string): Promise<string> {
  const page = await callOk(url, 'catalog', 'listProducts', { storeId, limit: 1 })
  return page.items[0].id
}
