// 接龙 under concurrency. On PostgreSQL (real parallelism): 100 shoppers join at once for 30
// units, their payments arrive at once and out of order, each callback several times; one
// shopper joins many times at once against a per-person limit. PGlite serialises
// transactions, so its pass runs a smaller version of the same races and invariants.
import { eq } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { ADDRESS, makeStore, nextKey, notifyPaid, type Fixture } from '../../tests/support/fixtures'
import { checkStockAfterEach, stockOf } from '../../tests/support/order-checks'
import type { Database } from '../db/client'
import { jielongEntries, orders } from '../db/schema'

const onPostgres = DATABASE_KIND === 'PostgreSQL'
const SCALE = onPostgres ? { joiners: 100, units: 30, repeats: 3, sameShopper: 20 } : { joiners: 16, units: 6, repeats: 2, sameShopper: 6 }

jest.setTimeout(180_000)

/** A fixed shuffle, so a failure replays. */
function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const out = [...items]
  let state = seed
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

describe(`接龙 concurrency (${DATABASE_KIND})`, () => {
  let database: Database
  const fixtures: Fixture[] = []
  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 50 })
  })
  checkStockAfterEach(() => database.db, fixtures)
  afterAll(() => database.close())

  async function start(stock: number, limitPerPerson?: number) {
    const fixture = await makeStore(database, { skus: [{ price: 990, stock }] })
    fixtures.push(fixture)
    const jielong = await callOk(database, 'merchant', 'saveJielong', {
      storeId: fixture.storeId,
      title: '抢购接龙',
      items: [{ skuId: fixture.skuIds[0], ...(limitPerPerson ? { limitPerPerson } : {}) }],
      endAt: new Date(Date.now() + 86_400_000).toISOString(),
      delivery: 'pickup',
      pickupPoints: [{ name: '东门', address: '幸福小区东门' }],
    }, { openid: fixture.ownerOpenid })
    return { fixture, jielong }
  }
  const notify = (order: { id: string; total: number }) => notifyPaid(database, order)

  it(`${SCALE.joiners} shoppers join at once for ${SCALE.units} units; payments arrive at once, out of order and repeated → numbers 1..${SCALE.units}`, async () => {
    const { fixture, jielong } = await start(SCALE.units)
    const answers = await Promise.all(
      Array.from({ length: SCALE.joiners }, (_, i) =>
        call(database, 'jielong', 'join', {
          jielongId: jielong.id,
          lines: [{ skuId: fixture.skuIds[0], quantity: 1 }],
          pickupPointId: jielong.pickupPoints[0].id,
          address: { ...ADDRESS, userName: `顾客${i}` },
          idempotencyKey: nextKey('join'),
        }, { openid: `joiner-${i}` }),
      ),
    )
    expect(answers.filter((a) => a.status >= 500).map((a) => a.body)).toEqual([])
    const won = answers.flatMap((a) => (a.body.ok ? [a.body.data as { id: string; total: number }] : []))
    expect(won).toHaveLength(SCALE.units)
    expect(answers.filter((a) => !a.body.ok).every((a) => !a.body.ok && a.body.error.code === 'OUT_OF_STOCK')).toBe(true)
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(0)

    // Every callback several times, all at once, in a shuffled order.
    const callbacks = shuffled(won.flatMap((order) => Array.from({ length: SCALE.repeats }, () => order)))
    const paid = await Promise.all(callbacks.map(notify))
    expect(paid.filter((a) => !a.body.ok).map((a) => a.body)).toEqual([])

    const rows = await database.db.select({ no: jielongEntries.no, orderId: jielongEntries.orderId }).from(jielongEntries).where(eq(jielongEntries.jielongId, jielong.id))
    expect(rows).toHaveLength(SCALE.units)
    expect(rows.map((r) => r.no).sort((a, b) => a! - b!)).toEqual(Array.from({ length: SCALE.units }, (_, i) => i + 1))
    const list = await callOk(database, 'jielong', 'listEntries', { jielongId: jielong.id, limit: 50 })
    expect(list.items.map((e: { no: number }) => e.no)).toEqual(Array.from({ length: SCALE.units }, (_, i) => i + 1))
    const sheet = await callOk(database, 'merchant', 'jielongSheet', { storeId: fixture.storeId, jielongId: jielong.id }, { openid: fixture.ownerOpenid })
    expect(sheet.totals).toEqual([{ skuId: fixture.skuIds[0], title: expect.any(String), quantity: SCALE.units }])
    const paidOrders = await database.db.select({ status: orders.status }).from(orders).where(eq(orders.storeId, fixture.storeId))
    expect(paidOrders.every((o) => o.status === 'paid')).toBe(true)
  })

  it(`one shopper joins ${SCALE.sameShopper} times at once against a limit of 2 → at most 2 units held`, async () => {
    const { fixture, jielong } = await start(100, 2)
    const answers = await Promise.all(
      Array.from({ length: SCALE.sameShopper }, () =>
        call(database, 'jielong', 'join', {
          jielongId: jielong.id,
          lines: [{ skuId: fixture.skuIds[0], quantity: 1 }],
          pickupPointId: jielong.pickupPoints[0].id,
          idempotencyKey: nextKey('join'),
        }, { openid: 'greedy' }),
      ),
    )
    expect(answers.filter((a) => a.status >= 500).map((a) => a.body)).toEqual([])
    expect(answers.filter((a) => a.body.ok)).toHaveLength(2)
    expect(answers.filter((a) => !a.body.ok).every((a) => !a.body.ok && a.body.error.code === 'VALIDATION_FAILED')).toBe(true)
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(98)
  })
})
