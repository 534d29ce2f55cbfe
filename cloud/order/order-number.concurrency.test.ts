// Readable order numbers under concurrency: many orders of one store at once get distinct
// numbers 0001…N for the day, without gaps, even when some attempts fail (out of stock, a
// repeated key) after their number was drawn. On PostgreSQL with real parallelism; PGlite runs
// a smaller version of the same race.
import { eq } from 'drizzle-orm'
import { callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { makeStore, orderRequest, placeOrder, tryOrder, type Fixture } from '../../tests/support/fixtures'
import { checkStockAfterEach } from '../../tests/support/order-checks'
import type { Order } from '../../src/domain/order-types'
import type { Database } from '../db/client'
import { orders } from '../db/schema'

const onPostgres = DATABASE_KIND === 'PostgreSQL'
const BUYERS = onPostgres ? 120 : 16
const UNITS = onPostgres ? 80 : 10

jest.setTimeout(120_000)

describe(`order numbers (${DATABASE_KIND})`, () => {
  let database: Database
  const fixtures: Fixture[] = []

  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 40 })
  })
  checkStockAfterEach(() => database.db, fixtures)
  afterAll(() => database.close())

  async function shop(stock: number): Promise<Fixture> {
    const fixture = await makeStore(database, { skus: [{ price: 990, stock }] })
    fixtures.push(fixture)
    return fixture
  }
  const orderOf = (fixture: Fixture, key: string) => orderRequest(fixture, [[0, 1]], { idempotencyKey: `number-${key}` })
  const numbersOf = async (storeId: string) =>
    (await database.db.select({ orderNo: orders.orderNo }).from(orders).where(eq(orders.storeId, storeId))).map((row) => row.orderNo)

  it(`${BUYERS} buyers at once, ${UNITS} units, each buyer sending twice → ${UNITS} orders numbered 0001…${UNITS}, no gaps, no repeats`, async () => {
    const fixture = await shop(UNITS)
    const now = () => new Date('2026-12-07T04:00:00Z')
    // Every buyer sends its order twice at once: the twin loses on the key after drawing a number.
    const answers = await Promise.all(
      Array.from({ length: BUYERS * 2 }, (_, i) => tryOrder(database, `buyer-${i >> 1}`, orderOf(fixture, `k-${i >> 1}`), { now })),
    )
    expect(answers.filter((a) => a.status >= 500).map((a) => a.body)).toEqual([])
    const placed = new Map<string, string>()
    for (const answer of answers) if (answer.body.ok) placed.set((answer.body.data as Order).id, (answer.body.data as Order).orderNo as string)
    expect(placed.size).toBe(UNITS)
    const expected = Array.from({ length: UNITS }, (_, i) => `20261207-${String(i + 1).padStart(4, '0')}`)
    expect([...placed.values()].sort()).toEqual(expected)
    expect((await numbersOf(fixture.storeId)).sort()).toEqual(expected)
  })

  it('numbers each store on its own, and start again the next Beijing day', async () => {
    const a = await shop(100)
    const b = await shop(100)
    const late = () => new Date('2026-12-07T15:59:00Z') // 23:59 in Beijing
    const next = () => new Date('2026-12-07T16:01:00Z') // 00:01 the next day
    const placed = await Promise.all([
      ...Array.from({ length: 5 }, (_, i) => placeOrder(database, `s-${i}`, orderOf(a, `a-${i}`), { now: late })),
      ...Array.from({ length: 3 }, (_, i) => placeOrder(database, `s-${i}`, orderOf(b, `b-${i}`), { now: late })),
    ])
    expect(placed.slice(0, 5).map((o) => o.orderNo).sort()).toEqual(['20261207-0001', '20261207-0002', '20261207-0003', '20261207-0004', '20261207-0005'])
    expect(placed.slice(5).map((o) => o.orderNo).sort()).toEqual(['20261207-0001', '20261207-0002', '20261207-0003'])
    const tomorrow = await placeOrder(database, 's-next', orderOf(a, 'a-next'), { now: next })
    expect(tomorrow.orderNo).toBe('20261208-0001')
    // The number is the order's: every later read answers it, beside the id.
    const read = await callOk(database, 'order', 'get', { orderId: tomorrow.id }, { openid: 's-next' })
    expect(read).toMatchObject({ id: tomorrow.id, orderNo: '20261208-0001' })
  })
})
