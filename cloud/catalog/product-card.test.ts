// The product page's store card and 已售 come with getProduct: the store's name and logo (a
// risky logo left out), and units on the lines of orders that count as sales, nothing else.
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { insertOrder, addProduct } from '../../tests/support/fixtures'
import type { Database } from '../db/client'
import { mediaChecks, stores } from '../db/schema'

describe(`catalog.getProduct store card and 已售 (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
    await database.db.insert(stores).values({ id: 'card-store', ownerOpenid: 'card-owner', name: '卡片小铺', logo: '/files/card/logo.png' })
  })
  afterAll(() => database.close())

  it('answers the store card and counts only units of orders that count as sales', async () => {
    const { productId, skuId } = await addProduct(database, 'card-store')
    const other = await addProduct(database, 'card-store')
    const line = (quantity: number) => ({ productId, skuId, price: 1000, quantity })
    expect(await callOk(database, 'catalog', 'getProduct', { productId })).toMatchObject({
      store: { id: 'card-store', name: '卡片小铺', logo: '/files/card/logo.png' },
      sold: 0,
    })
    for (const status of ['paid', 'shipped', 'completed', 'refund_requested'] as const) {
      await insertOrder(database, { storeId: 'card-store', buyer: 'b1', status, lines: [line(2)] })
    }
    for (const status of ['pending_payment', 'cancelled', 'refunded'] as const) {
      await insertOrder(database, { storeId: 'card-store', buyer: 'b2', status, lines: [line(50)] })
    }
    await insertOrder(database, { storeId: 'card-store', buyer: 'b3', status: 'paid', lines: [{ ...other, price: 1000, quantity: 7 }] })
    expect((await callOk(database, 'catalog', 'getProduct', { productId })).sold).toBe(8)
    expect((await callOk(database, 'catalog', 'getProduct', { productId: other.productId })).sold).toBe(7)
  })

  it('leaves out a logo a media check ruled risky, as getStore does', async () => {
    const { productId } = await addProduct(database, 'card-store')
    await database.db.insert(mediaChecks).values({ traceId: 'card-trace', image: '/files/card/logo.png', openid: 'card-owner', scene: 1, suggest: 'risky' })
    expect((await callOk(database, 'catalog', 'getProduct', { productId })).store?.logo).toBe('')
    expect((await callOk(database, 'catalog', 'getStore', { storeId: 'card-store' })).logo).toBe('')
  })

  it('is still NOT_FOUND for a product that does not exist', async () => {
    const missing = await call(database, 'catalog', 'getProduct', { productId: 'nowhere' })
    expect(missing.status).toBe(404)
  })
})
