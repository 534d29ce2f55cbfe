// Alerts under concurrency. On PostgreSQL orders and callbacks really race: many buyers take
// the last units across the low-stock line at once, and one payment's callback arrives ten
// times at once. Exactly one alert each, and stock still adds up.
import { eq } from 'drizzle-orm'
import { call, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { ADDRESS, makeStore } from '../../tests/support/fixtures'
import { stockInvariantViolations } from '../../tests/support/order-checks'
import type { Database } from '../db/client'
import { notifications, outbox } from '../db/schema'

const onPostgres = DATABASE_KIND === 'PostgreSQL'
const BUYERS = onPostgres ? 40 : 8

jest.setTimeout(120_000)

let seq = 0
const key = () => `alert-race-${Date.now().toString(36)}-${++seq}`

describe(`alerts under concurrency (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 50 })
  })
  afterAll(() => database.close())

  it(`${BUYERS} buyers racing across the low-stock line raise one low-stock alert`, async () => {
    const shop = await makeStore(database, { skus: [{ price: 1000, stock: BUYERS + 5 }] })
    await call(database, 'merchant', 'saveAlertSettings', { storeId: shop.storeId, newOrder: false, lowStock: 10 }, { openid: shop.ownerOpenid })
    const answers = await Promise.all(
      Array.from({ length: BUYERS }, (_, i) =>
        call(database, 'order', 'create', { storeId: shop.storeId, items: [{ skuId: shop.skuIds[0], quantity: 1 }], address: ADDRESS, delivery: 'express', idempotencyKey: key() }, { openid: `racer-${i}` }),
      ),
    )
    expect(answers.filter((a) => a.status >= 500)).toEqual([])
    const rows = await database.db.select().from(notifications).where(eq(notifications.storeId, shop.storeId))
    expect(rows.map((r) => r.kind)).toEqual(['low_stock'])
    expect(await stockInvariantViolations(database.db, shop.initial)).toEqual([])
  })

  it('ten concurrent payment callbacks for one order raise one new-order alert and one message', async () => {
    const shop = await makeStore(database, { skus: [{ price: 1000, stock: 5 }] })
    await call(database, 'merchant', 'grantAlerts', { storeId: shop.storeId, kinds: ['new_order'] }, { openid: shop.ownerOpenid })
    await call(database, 'merchant', 'grantAlerts', { storeId: shop.storeId, kinds: ['new_order'] }, { openid: shop.ownerOpenid })
    const created = await call(database, 'order', 'create', { storeId: shop.storeId, items: [{ skuId: shop.skuIds[0], quantity: 1 }], address: ADDRESS, delivery: 'express', idempotencyKey: key() }, { openid: 'payer' })
    const order = (created.body as { data: { id: string; total: number } }).data
    const event = { returnCode: 'SUCCESS', resultCode: 'SUCCESS', totalFee: order.total, transactionId: `4200${order.id}`, outTradeNo: order.id }
    const answers = await Promise.all(Array.from({ length: 10 }, () => call(database, 'payment', 'notify', event, { caller: 'platform' })))
    expect(answers.every((a) => a.body.ok)).toBe(true)
    expect(await database.db.select().from(notifications).where(eq(notifications.storeId, shop.storeId))).toHaveLength(1)
    expect(await database.db.select().from(outbox).where(eq(outbox.dedupeKey, `new-order:${order.id}:${shop.ownerOpenid}`))).toHaveLength(1)
  })
})
