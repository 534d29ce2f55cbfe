// PostgreSQL timeouts: a statement stuck behind a lock fails instead of stalling its buyer, and a
// client that opens a transaction and goes quiet loses it (and its locks). PostgreSQL pass only
// (*.pg.test.ts): PGlite has one connection, so nothing there can wait on another's lock.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { testCtx } from '../../tests/support/test-db'
import { makeStore, orderRequest, tryOrder, type Fixture } from '../../tests/support/fixtures'
import { stockInvariantViolations, stockOf } from '../../tests/support/order-checks'
import { createDatabase, dropDatabase, requirePostgresUrl } from '../../tests/support/postgres'
import { openDatabase, type Database } from './client'

jest.setTimeout(60_000)
const timeouts = { statementMs: 300, idleInTransactionMs: 1_000 }

describe('PostgreSQL statement and idle-transaction timeouts', () => {
  const serverUrl = requirePostgresUrl()
  let name: string
  let url: string
  let database: Database
  let fixture: Fixture
  let locker: pg.PoolClient

  beforeAll(async () => {
    name = `timeouts_${randomBytes(4).toString('hex')}`
    url = await createDatabase(serverUrl, name)
    database = await openDatabase({ url, timeouts })
    fixture = await makeStore(database, { skus: [{ price: 1000, stock: 5 }] })
  })
  afterAll(async () => {
    await database?.close()
    await dropDatabase(serverUrl, name)
  })
  beforeEach(async () => {
    // One of the cloud's own pooled sessions, with the cloud's settings, stands in for a slow
    // transaction of another request (or of a process that hung halfway through one).
    const pool = (database.db as unknown as { $client: pg.Pool }).$client
    locker = await pool.connect()
    locker.on('error', () => undefined) // the server ends it in the idle test
  })
  afterEach(async () => {
    locker.release(true)
    expect(await stockInvariantViolations(database.db, fixture.initial)).toEqual([])
  })

  let n = 0
  const buy = () => tryOrder(database, `buyer-${++n}`, orderRequest(fixture, [[0, 1]], { idempotencyKey: `timeouts-${n}` }))

  /** Another session takes the SKU's row lock, as a slow transaction would. */
  const lockTheSku = async () => {
    await locker.query('begin')
    await locker.query('select stock from skus where id = $1 for update', [fixture.skuIds[0]])
  }

  it('fails an order stuck behind a lock after the statement timeout, writing nothing; it succeeds once the lock is gone', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    await lockTheSku()
    const stuck = await buy()
    expect(stuck.status).toBe(500)
    expect(stuck.body).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(5)
    expect(logged).toHaveBeenCalled() // the fault is logged for the operator, not shown to the buyer
    logged.mockRestore()

    await locker.query('rollback')
    expect((await buy()).status).toBe(200)
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(4)
  })

  it('ends a transaction left idle, so its locks cannot hold the stock forever', async () => {
    await lockTheSku()
    await new Promise((resolve) => setTimeout(resolve, timeouts.idleInTransactionMs * 2))
    // Nobody rolled back: the server ended the idle session and released the row.
    const answer = await buy()
    expect(answer.status).toBe(200)
    await expect(locker.query('select 1')).rejects.toThrow()
  })

  it('is configured by default for every PostgreSQL pool the cloud opens', async () => {
    const plain = await openDatabase({ url })
    try {
      const ctx = testCtx(plain)
      const shown = await ctx.db.execute('show statement_timeout' as never)
      expect(JSON.stringify(shown)).toContain('15s')
    } finally {
      await plain.close()
    }
  })
})
