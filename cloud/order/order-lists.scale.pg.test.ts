// The order lists at size, on PostgreSQL: the shopper's 我的订单 and the merchant's order tabs
// page newest first straight off an index. PostgreSQL's plan of each page must neither sort the
// orders nor read the table by a sequential scan (both would grow with every order placed).
import { sql } from 'drizzle-orm'
import { callOkByName } from '../../tests/support/test-db'
import { planSuite, sortsAndSeqScansOf } from '../../tests/support/explain'
import { stores } from '../db/schema'

jest.setTimeout(120_000)
const ORDERS = 6_000
const STORE = 'order-scale-store'
const MERCHANT = 'order-scale-merchant'
const BUYER = 'order-scale-buyer'

describe(`order lists at ${ORDERS} orders (PostgreSQL)`, () => {
  const suite = planSuite('orders_scale', async (owner) => {
    await owner.db.insert(stores).values([
      { id: STORE, ownerOpenid: MERCHANT, name: '订单很多的店' },
      { id: 'order-scale-other', ownerOpenid: 'someone-else', name: '别的店' },
    ])
    // Half the orders are the store's, a third the one buyer's, statuses in turn.
    await owner.db.execute(sql`
      insert into orders (id, order_no, buyer_openid, store_id, status, items_total, total, delivery, expires_at, created_at)
      select 'ord' || n, null, case when n % 3 = 0 then ${BUYER} else 'buyer' || (n % 97) end,
             case when n % 2 = 0 then ${STORE} else 'order-scale-other' end,
             (array['pending_payment','paid','shipped','completed','cancelled'])[1 + n % 5],
             1000, 1000, 'express', now() + interval '1 hour', now() - make_interval(secs => ${ORDERS} - n)
      from generate_series(1, ${ORDERS}) as n`)
    await owner.db.execute(sql`analyze orders`)
  })

  const lists: Array<[string, string, string, Record<string, unknown>, string]> = [
    ['merchant, every status', 'merchant', 'listOrders', { storeId: STORE }, MERCHANT],
    ['merchant, one status tab', 'merchant', 'listOrders', { storeId: STORE, status: 'paid' }, MERCHANT],
    ['shopper, every status', 'order', 'list', {}, BUYER],
    ['shopper, one status tab', 'order', 'list', { status: 'shipped' }, BUYER],
  ]

  it.each(lists)('%s: pages newest first from an index, on page 1 and deep', async (_what, fn, action, data, openid) => {
    const { database, captured } = suite
    captured.length = 0
    let answer = await callOkByName(database, fn, action, { ...data, limit: 20 }, { openid })
    expect(answer.items).toHaveLength(20)
    for (let i = 0; i < 3 && answer.nextCursor; i++) answer = await callOkByName(database, fn, action, { ...data, limit: 20, cursor: answer.nextCursor }, { openid })
    const pages = captured.filter((q) => /from "orders"/.test(q.sql) && /order by "orders"\."seq" desc/i.test(q.sql))
    expect(pages).toHaveLength(4)
    const bad: string[] = []
    for (const query of pages) {
      const { steps, plan } = await sortsAndSeqScansOf(database.pool, query, 'orders')
      if (steps.length) bad.push(`${steps.join(', ')}: ${query.sql}\n${JSON.stringify(plan)}`)
    }
    expect(bad).toEqual([])
  })
})
