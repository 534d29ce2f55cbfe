// Alerts under concurrency. On PostgreSQL orders and callbacks really race: many buyers take
// the last units across the low-stock line at once, and one payment's callback arrives ten
// times at once. Exactly one alert each, and stock still adds up.
import { eq } from 'drizzle-orm'
import { call, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { makeStore, notifyPaid, orderRequest, placeOrder, tryOrder } from '../../tests/support/fixtures'
import { stockInvariantViolations } from '../../tests/support/order-checks'
import type { Database } from '../db/client'
import { notifications, outbox } from '../db/schema'

const onPostgres = DATABASE_KIND === 'PostgreSQL'
const BUYERS = onPostgres ? 40 : 8

jest.setTimeout(120_000)

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
        tryOrder(database, `racer-${i}`, orderRequest(shop)),
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
    const order = await placeOrder(database, 'payer', orderRequest(shop))
    const answers = await Promise.all(Array.from({ length: 10 }, () => notifyPaid(database, order)))
    expect(answers.every((a) => a.body.ok)).toBe(true)
    expect(await database.db.select().from(notifications).where(eq(notifications.storeId, shop.storeId))).toHaveLength(1)
    expect(await database.db.select().from(outbox).where(eq(outbox.dedupeKey, `new-order:${order.id}:${shop.ownerOpenid}`))).toHaveLength(1)
  })
})
