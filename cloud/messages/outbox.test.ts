import { outbox } from '../db/schema'
import { DATABASE_KIND, openTestDatabase, testCtx } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import type { Platform } from '../platform/platform'
import { deliverOutbox, enqueueMessage } from './outbox'

describe(`outbox (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
  })
  afterAll(() => database.close())

  const message = (key: string, touser = 'buyer') => ({
    kind: 'order_paid',
    touser,
    templateId: 'tmpl-paid',
    page: 'packages/order/pages/detail/index?id=o1',
    data: { thing1: { value: '夏季碎花连衣裙' } },
    dedupeKey: key,
  })

  it('enqueues a message once per dedupe key, however often it is asked', async () => {
    const results = await Promise.all([1, 2, 3].map(() => enqueueMessage(database.db, message('paid:o1'))))
    expect(results.filter(Boolean)).toHaveLength(1)
    expect(await database.db.select().from(outbox)).toHaveLength(1)
  })

  it('delivers unsent messages once and records a refusal without retrying it', async () => {
    await enqueueMessage(database.db, message('paid:o2', 'no-quota'))
    const sent: string[] = []
    const ctx = testCtx(database)
    const platform: Platform = {
      ...ctx.platform,
      messages: {
        async send(m) {
          if (m.touser === 'no-quota') throw new Error('43101 user refuse to accept the msg')
          sent.push(m.touser)
        },
      },
    }
    expect(await deliverOutbox({ ...ctx, platform })).toEqual({ sent: 1, failed: 1 })
    expect(await deliverOutbox({ ...ctx, platform })).toEqual({ sent: 0, failed: 0 })
    expect(sent).toEqual(['buyer'])
    const rows = await database.db.select().from(outbox)
    expect(rows.every((r) => r.sentAt !== null)).toBe(true)
    expect(rows.find((r) => r.touser === 'no-quota')?.error).toContain('43101')
  })

  it('sends each message once when two deliveries run at the same time', async () => {
    for (let i = 0; i < 20; i++) await enqueueMessage(database.db, message(`race:${i}`, `buyer-${i}`))
    const sent: string[] = []
    const ctx = testCtx(database)
    const platform: Platform = {
      ...ctx.platform,
      messages: {
        async send(m) {
          await new Promise((resolve) => setTimeout(resolve, 1))
          sent.push(m.touser)
        },
      },
    }
    const [a, b] = await Promise.all([deliverOutbox({ ...ctx, platform }), deliverOutbox({ ...ctx, platform })])
    expect(a.sent + b.sent).toBe(20)
    expect(sent).toHaveLength(20)
    expect(new Set(sent).size).toBe(20)
  })
})
