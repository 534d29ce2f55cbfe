// A price changed between order.create's unlocked read and its write (create-fast.ts): the
// change is held uncommitted on another connection, so the fast path reads the old price and
// then waits on the SKU's row lock; committing it while the order waits must end in
// PRICE_CHANGED (when the shopper named a total) or an order at the new price, never the old;
// stock sold meanwhile must end in OUT_OF_STOCK with nothing written and no number used.
// PostgreSQL only: it needs a second connection holding a row lock.
import { eq, sql } from 'drizzle-orm'
import { call, callOk, openTestDatabase } from '../../tests/support/test-db'
import { ADDRESS, makeStore } from '../../tests/support/fixtures'
import { stockOf } from '../../tests/support/order-checks'
import type { Order } from '../../src/domain/order-types'
import type { Database } from '../db/client'
import { rowsOf } from '../db/rows'
import { orders, skus } from '../db/schema'

jest.setTimeout(60_000)

describe('order.create fast path: a change between its read and its write (PostgreSQL)', () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 6 })
  })
  afterAll(() => database.close())

  const request = (storeId: string, skuId: string, key: string, expectedTotal?: number) => ({
    storeId,
    items: [{ skuId, quantity: 2 }],
    address: ADDRESS,
    delivery: 'express' as const,
    idempotencyKey: `between-${key}`,
    ...(expectedTotal === undefined ? {} : { expectedTotal }),
  })

  /** Waits until the order's write statement is queued behind a row lock. */
  async function orderWaitsOnLock(): Promise<void> {
    for (let tries = 0; tries < 200; tries++) {
      const waiting = rowsOf(
        await database.db.execute(sql`
          select 1 from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and query like '%with hit as%'`),
      )
      if (waiting.length > 0) return
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    throw new Error('the order never waited on the SKU row')
  }

  /** Runs `change` in a transaction that commits only once an order for `payload` waits on it. */
  async function changeWhileOrdering(change: (tx: Parameters<Parameters<Database['db']['transaction']>[0]>[0]) => Promise<unknown>, payload: object, openid: string) {
    let answer: ReturnType<typeof call> | undefined
    await database.db.transaction(async (tx) => {
      await change(tx)
      answer = call(database, 'order', 'create', payload, { openid })
      await orderWaitsOnLock()
    })
    return answer!
  }

  it('a price raised while the order waits: PRICE_CHANGED for the total the shopper saw, nothing written', async () => {
    const fixture = await makeStore(database, { skus: [{ price: 1000, stock: 10 }] })
    const skuId = fixture.skuIds[0]
    const quoted = await callOk(database, 'order', 'quote', { storeId: fixture.storeId, items: [{ skuId, quantity: 2 }], delivery: 'express', address: ADDRESS }, { openid: 'between-a' })
    const answer = await changeWhileOrdering(
      (tx) => tx.update(skus).set({ price: 1500 }).where(eq(skus.id, skuId)),
      request(fixture.storeId, skuId, 'raised', quoted.total),
      'between-a',
    )
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'PRICE_CHANGED', details: { expectedTotal: quoted.total, itemsTotal: 3000 } } })
    expect(await stockOf(database.db, skuId)).toBe(10)
    expect(await database.db.select().from(orders).where(eq(orders.storeId, fixture.storeId))).toEqual([])
  })

  it('a price lowered while the order waits, no total named: the order is at the new price', async () => {
    const fixture = await makeStore(database, { skus: [{ price: 1000, stock: 10 }] })
    const skuId = fixture.skuIds[0]
    const answer = await changeWhileOrdering(
      (tx) => tx.update(skus).set({ price: 600 }).where(eq(skus.id, skuId)),
      request(fixture.storeId, skuId, 'lowered'),
      'between-b',
    )
    expect(answer.body.ok).toBe(true)
    const order = (answer.body as { data: Order }).data
    expect(order.items.map((item) => item.price)).toEqual([600])
    expect(order.itemsTotal).toBe(1200)
    expect(order.total).toBe(order.itemsTotal + order.deliveryFee)
    const [stored] = await database.db.select({ itemsTotal: orders.itemsTotal, total: orders.total }).from(orders).where(eq(orders.id, order.id))
    expect(stored).toEqual({ itemsTotal: 1200, total: order.total })
    expect(await stockOf(database.db, skuId)).toBe(8)
    expect(order.orderNo).toMatch(/-0001$/)
  })

  it('stock sold elsewhere while the order waits: OUT_OF_STOCK with what is left, nothing written', async () => {
    const fixture = await makeStore(database, { skus: [{ price: 1000, stock: 10 }] })
    const skuId = fixture.skuIds[0]
    const answer = await changeWhileOrdering(
      (tx) => tx.update(skus).set({ stock: 1 }).where(eq(skus.id, skuId)),
      request(fixture.storeId, skuId, 'sold'),
      'between-c',
    )
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'OUT_OF_STOCK', details: { available: 1 } } })
    expect(await stockOf(database.db, skuId)).toBe(1)
    expect(await database.db.select().from(orders).where(eq(orders.storeId, fixture.storeId))).toEqual([])
    // The number it would have taken is still free: the next order is 0001.
    await database.db.update(skus).set({ stock: 10 }).where(eq(skus.id, skuId))
    const next = await callOk(database, 'order', 'create', request(fixture.storeId, skuId, 'after'), { openid: 'between-c' })
    expect(next.orderNo).toMatch(/-0001$/)
  })
})
