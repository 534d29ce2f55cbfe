// Unread counts under concurrent sends from both sides. On PostgreSQL the sends really run in
// parallel (one pool connection each); PGlite serialises them, so its pass runs fewer of the
// same race. Each count must equal exactly the other side's messages, resends stored once.
import { and, eq, sql } from 'drizzle-orm'
import type { Database } from '../db/client'
import { chatMessages, conversations } from '../db/schema'
import { openStore } from '../../tests/support/fixtures'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'

const onPostgres = DATABASE_KIND === 'PostgreSQL'
/**
 * Each sender stays within the per-sender limit (cloud/chat/send.ts; racing copies of one
 * message each take a slot), so every send is accepted: many stores, two shoppers each.
 */
const SCALE = onPostgres ? { stores: 8, shoppersPerStore: 2, perSide: 5, resends: 1 } : { stores: 2, shoppersPerStore: 2, perSide: 3, resends: 1 }

jest.setTimeout(120_000)

describe(`chat concurrency (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 40 })
  })
  afterAll(() => database.close())

  it('keeps unread counts exact when both sides of many conversations send at once, with resends', async () => {
    const threads: Array<{ owner: string; storeId: string; shopper: string; conversationId: string }> = []
    for (let s = 0; s < SCALE.stores; s++) {
      const owner = `race-owner-${s}`
      const storeId = (await openStore(database, { ownerOpenid: owner, name: `并发小店${s}` })).storeId
      for (let p = 0; p < SCALE.shoppersPerStore; p++) {
        const shopper = `race-shopper-${s}-${p}`
        threads.push({ owner, storeId, shopper, conversationId: (await callOk(database, 'chat', 'open', { storeId }, { openid: shopper })).id })
      }
    }

    const sends = threads.flatMap(({ owner, shopper, conversationId }, c) =>
      Array.from({ length: SCALE.perSide }, (_, i) => [
        { openid: shopper, data: { conversationId, kind: 'text', text: `买家${i}`, clientId: `shopper-${c}-${i}` } },
        { openid: owner, data: { conversationId, kind: 'text', text: `店家${i}`, clientId: `store-${c}-${i}-x` } },
      ]).flat(),
    )
    // Every message is sent 1 + resends times at once: the copies race on the same clientId.
    const calls = sends.flatMap((s) => Array.from({ length: 1 + SCALE.resends }, () => s))
    shuffle(calls)
    const answers = await Promise.all(calls.map((s) => call(database, 'chat', 'send', s.data, { openid: s.openid })))
    expect(answers.filter((a) => !a.body.ok).map((a) => a.body)).toEqual([])

    for (const [c, { conversationId }] of threads.entries()) {
      const [row] = await database.db.select().from(conversations).where(eq(conversations.id, conversationId))
      expect([c, row.storeUnread, row.shopperUnread]).toEqual([c, SCALE.perSide, SCALE.perSide])
      const [stored] = await database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(chatMessages)
        .where(and(eq(chatMessages.conversationId, conversationId)))
      expect(stored.n).toBe(2 * SCALE.perSide)
    }
    const [first] = threads
    const inbox = await callOk(database, 'chat', 'conversations', { storeId: first.storeId }, { openid: first.owner })
    expect(inbox.items.map((item: { unread: number }) => item.unread)).toEqual(Array(SCALE.shoppersPerStore).fill(SCALE.perSide))

    // After a read, the count is exactly the sends that came after it, however they raced.
    const more = Array.from({ length: SCALE.perSide }, (_, i) => ({ conversationId: first.conversationId, kind: 'text', text: `追问${i}`, clientId: `more-${i}-xxxxx` }))
    await callOk(database, 'chat', 'read', { conversationId: first.conversationId }, { openid: first.owner })
    const moreAnswers = await Promise.all(more.map((data) => call(database, 'chat', 'send', data, { openid: first.shopper })))
    expect(moreAnswers.filter((a) => !a.body.ok).map((a) => a.body)).toEqual([])
    const [after] = await database.db.select().from(conversations).where(eq(conversations.id, first.conversationId))
    expect([after.storeUnread, after.shopperUnread]).toEqual([SCALE.perSide, SCALE.perSide])
  })
})

function shuffle<T>(items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[items[i], items[j]] = [items[j], items[i]]
  }
}
