import { inArray } from 'drizzle-orm'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { handoffLinks, handoffs } from '../db/schema'
import { DEMO_STORE_ID, seedDemoStore } from '../seed/demo-store'
import { HANDOFF_TTL_MS } from '../../src/domain/handoff'
import { pruneHandoffs } from './prune-handoffs'

// The timer forgets hand-offs nobody can open any more; live ones and their links stay.
describe(`pruning expired hand-offs (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
    await seedDemoStore(database.db)
  }, 60_000)
  afterAll(() => database.close())

  const make = (now: Date, campaign: string, ip: string) =>
    callOk(database, 'entry', 'createHandoff', { storeId: DEMO_STORE_ID, source: 'weibo', lines: [], campaign }, { clientIp: ip, now: () => now })

  it('deletes expired hand-offs and links only, a batch at a time, and an expired code opens as before: 已失效', async () => {
    const later = new Date()
    const start = new Date(later.getTime() - HANDOFF_TTL_MS - 60_000)
    const old = [await make(start, '旧活动', '10.7.0.1'), await make(start, '旧活动', '10.7.0.2'), await make(start, '旧活动', '10.7.0.3')]
    const fresh = await make(later, '新活动', '10.7.0.4')
    const codes = [...old, fresh].map((made) => made.code)
    // The links outlive the hand-offs; one is made to have expired too.
    await database.db.update(handoffLinks).set({ expiresAt: new Date(start.getTime() - 1000) }).where(inArray(handoffLinks.key, (await database.db.select({ key: handoffLinks.key }).from(handoffLinks).limit(1)).map((r) => r.key)))
    const linksBefore = (await database.db.select().from(handoffLinks)).length

    expect(await pruneHandoffs(database.db, later, 2)).toEqual({ handoffs: 2, links: 1 })
    expect(await pruneHandoffs(database.db, later, 2)).toEqual({ handoffs: 1, links: 0 })
    expect(await pruneHandoffs(database.db, later)).toEqual({ handoffs: 0, links: 0 })
    const left = await database.db.select({ code: handoffs.code }).from(handoffs).where(inArray(handoffs.code, codes))
    expect(left.map((r) => r.code)).toEqual([fresh.code])
    expect((await database.db.select().from(handoffLinks)).length).toBe(linksBefore - 1)

    // Opening a pruned code answers what opening an expired one did.
    const pruned = await call(database, 'entry', 'openHandoff', { code: old[0].code }, { openid: 'buyer-p' })
    expect(pruned.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '这个链接已失效，请重新选择商品' } })
  })
})
