import { eq } from 'drizzle-orm'
import { callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { liveRooms, outbox } from '../db/schema'
import { registry } from '../functions'
import { localPlatform } from '../platform/local'
import { DEMO_MERCHANT_OPENID, DEMO_STORE_ID, seedDemoStore } from '../seed/demo-store'
import { startLocalTimers } from './local-timers'

// The local cloud plays WeChat's timer trigger: a room goes live on schedule by itself and
// its subscribers get their reminder, with nobody saving anything again.
describe(`local timers (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
    await seedDemoStore(database.db)
  })
  afterAll(() => database.close())

  it('runs timer.tick, so a scheduled room goes live and reminds its subscribers', async () => {
    const startAt = new Date(Date.now() + 1_500)
    const room = await callOk(
      database,
      'merchant',
      'saveLiveRoom',
      { storeId: DEMO_STORE_ID, title: '准点开播', startAt: startAt.toISOString(), endAt: new Date(startAt.getTime() + 3_600_000).toISOString(), productIds: [] },
      { openid: DEMO_MERCHANT_OPENID },
    )
    expect(room.status).toBe(102)
    await callOk(database, 'live', 'subscribe', { roomId: room.id }, { openid: 'early-bird' })

    const warn = jest.spyOn(console, 'warn')
    const timers = startLocalTimers({ db: database.db, registry, platform: localPlatform(), production: false, intervalMs: 200 })
    try {
      const deadline = Date.now() + 10_000
      let status = 102
      while (status !== 101 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        status = (await database.db.select({ status: liveRooms.status }).from(liveRooms).where(eq(liveRooms.id, room.id)))[0].status
      }
      expect(status).toBe(101)
      // Only scheduled work runs: an action waiting for an event (a media verdict) is left alone.
      expect(warn.mock.calls.filter(([line]) => String(line).startsWith('[timer]'))).toEqual([])
    } finally {
      await timers.stop()
      warn.mockRestore()
    }
    const reminders = await database.db.select().from(outbox).where(eq(outbox.touser, 'early-bird'))
    expect(reminders).toHaveLength(1)
    expect(reminders[0].sentAt).not.toBeNull()
  })

  it('runs only the single entry WeChat\'s trigger reaches (timer.tick), as the platform', async () => {
    const seen: Array<{ action: string; caller: string }> = []
    const spy = (action: string) => ({
      input: registry.timer!.tick.input,
      access: 'platform' as const,
      run: async (ctx: { caller: string }) => void seen.push({ action, caller: ctx.caller }),
    })
    const only = { timer: { tick: spy('tick'), expireOrders: spy('expireOrders'), syncLiveRooms: spy('syncLiveRooms') } }
    const timers = startLocalTimers({ db: database.db, registry: only, platform: localPlatform(), production: false, intervalMs: 50 })
    try {
      const deadline = Date.now() + 5_000
      while (seen.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25))
    } finally {
      await timers.stop()
    }
    expect(seen.length).toBeGreaterThanOrEqual(2)
    expect(new Set(seen.map((s) => `${s.action}:${s.caller}`))).toEqual(new Set(['tick:platform']))
  })
})
