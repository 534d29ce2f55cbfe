// Shipping rules under concurrency (real parallelism on PostgreSQL; PGlite serialises, so its
// pass is a smaller run of the same races). An order placed while the owner changes the rules
// is charged by one whole version of them: total = itemsTotal + that version's fee, stock adds
// up. Two saves at once leave one save's rules and pickup address, never a mix of both.
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { makeStore, orderRequest, tryOrder } from '../../tests/support/fixtures'
import { stockInvariantViolations } from '../../tests/support/order-checks'
import type { Database } from '../db/client'

const onPostgres = DATABASE_KIND === 'PostgreSQL'
const SCALE = onPostgres ? { orders: 60, saves: 20 } : { orders: 12, saves: 6 }

jest.setTimeout(120_000)

describe(`shipping rules concurrency (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 40 })
  })
  afterAll(() => database.close())

  /** Two versions of the rules, and what each charges an order of ¥30.00 to 广东. */
  const versions = [
    { rules: { baseFee: 500, freeOver: 0, regions: [], pickup: { enabled: false } }, fee: 500 },
    { rules: { baseFee: 1500, freeOver: 0, regions: [{ provinces: ['广东省'], fee: 2500 }], pickup: { enabled: false } }, fee: 2500 },
  ]

  it('charges every order racing a change of rules by one version of them', async () => {
    const shop = await makeStore(database, { skus: [{ price: 3000, stock: 1000 }] })
    const saves = Array.from({ length: SCALE.saves }, (_, i) =>
      call(database, 'merchant', 'saveShippingRules', { storeId: shop.storeId, ...versions[i % 2].rules }, { openid: shop.ownerOpenid }),
    )
    const orders = Array.from({ length: SCALE.orders }, (_, i) =>
      tryOrder(database, `race-buyer-${i}`, orderRequest(shop)),
    )
    const answers = await Promise.all([...saves, ...orders])
    expect(answers.filter((a) => !a.body.ok).map((a) => a.body)).toEqual([])
    const placed = answers.slice(SCALE.saves).map((a) => (a.body.ok ? (a.body.data as { itemsTotal: number; deliveryFee: number; total: number }) : null))
    const fees = new Set(versions.map((v) => v.fee).concat(800)) // 800: before the first save landed
    for (const order of placed) {
      expect(fees.has(order!.deliveryFee)).toBe(true)
      expect(order!.total).toBe(order!.itemsTotal + order!.deliveryFee)
    }
    expect(await stockInvariantViolations(database.db, shop.initial)).toEqual([])
  })

  it('leaves one whole save after saves race, address and rules together', async () => {
    const shop = await makeStore(database, { skus: [{ price: 100, stock: 1 }] })
    const save = (n: number) => ({
      storeId: shop.storeId,
      baseFee: 100 + n,
      freeOver: 0,
      regions: [],
      pickup: { enabled: true, address: `自提点 ${n} 号`, hours: `第 ${n} 班` },
    })
    const answers = await Promise.all(
      Array.from({ length: SCALE.saves }, (_, n) => call(database, 'merchant', 'saveShippingRules', save(n), { openid: shop.ownerOpenid })),
    )
    expect(answers.filter((a) => !a.body.ok).map((a) => a.body)).toEqual([])
    const { shipping } = await callOk(database, 'catalog', 'getStore', { storeId: shop.storeId })
    const n = (shipping?.baseFee ?? 0) - 100
    expect(shipping?.pickup).toEqual({ enabled: true, address: `自提点 ${n} 号`, hours: `第 ${n} 班` })
  })
})
