import { DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { sql } from 'drizzle-orm'
import { rowsOf } from '../db/rows'
import { hitRateLimit, pruneRateLimits, RATE_LIMIT_RETENTION_MS, releaseRateLimitHit } from './rate-limit'
import { RATE_LIMITS } from './rate-limits'

describe(`hitRateLimit (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
  })
  afterAll(() => database.close())

  const rule = { limit: 10, windowMs: 10_000 }
  const at = (ms: number) => new Date(Date.UTC(2026, 10, 25, 12, 0, 0) + ms)

  async function attempt(key: string, now: Date): Promise<'ok' | 'limited'> {
    try {
      await hitRateLimit(database.db, key, rule, now)
      return 'ok'
    } catch (error: any) {
      if (error.code === 'RATE_LIMITED') return 'limited'
      throw error
    }
  }

  it('accepts up to the limit within the window, then refuses with RATE_LIMITED', async () => {
    const outcomes = []
    for (let i = 0; i < 12; i++) outcomes.push(await attempt('like:a', at(i * 100)))
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(10)
    expect(outcomes.slice(10)).toEqual(['limited', 'limited'])
  })

  it("answers a full window with the rule's own message, or RATE_LIMITED's default", async () => {
    for (let i = 0; i < RATE_LIMITS.postLike.limit; i++) await hitRateLimit(database.db, 'like:message', RATE_LIMITS.postLike, at(i))
    await expect(hitRateLimit(database.db, 'like:message', RATE_LIMITS.postLike, at(50))).rejects.toMatchObject({ code: 'RATE_LIMITED', message: '点赞太快啦，歇一会儿再点' })
    for (let i = 0; i < rule.limit; i++) await hitRateLimit(database.db, 'like:plain', rule, at(i))
    await expect(hitRateLimit(database.db, 'like:plain', rule, at(50))).rejects.toMatchObject({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' })
  })

  it("keeps every window within the retention, so pruning never frees a slot early", () => {
    const windows = Object.values(RATE_LIMITS).flatMap((entry) => ('limit' in entry ? [entry] : Object.values(entry)))
    expect(windows.length).toBeGreaterThan(10)
    for (const w of windows) expect(w.windowMs).toBeLessThan(RATE_LIMIT_RETENTION_MS)
  })

  it('slides: a hit is accepted again once the oldest leaves the window, never 11 in 10 s', async () => {
    for (let i = 0; i < 10; i++) expect(await attempt('like:b', at(i * 1000))).toBe('ok')
    expect(await attempt('like:b', at(9_999))).toBe('limited')
    // The first hit (t=0) is older than 10 s at t=10 001: one slot frees, not ten.
    expect(await attempt('like:b', at(10_001))).toBe('ok')
    expect(await attempt('like:b', at(10_002))).toBe('limited')
  })

  it('prunes keys whose last hit is older than the retention period, and keeps any key still counting', async () => {
    const keys = async () =>
      rowsOf<{ key: string }>(await database.db.execute(sql`select key from rate_limits where key like 'prune:%' order by key`)).map((r) => r.key)
    await attempt('prune:old', at(0))
    await attempt('prune:recent', at(0))
    await attempt('prune:recent', at(RATE_LIMIT_RETENTION_MS - 1_000))
    await attempt('prune:fresh', at(RATE_LIMIT_RETENTION_MS))
    expect(await pruneRateLimits(database.db, at(RATE_LIMIT_RETENTION_MS + 1))).toBeGreaterThanOrEqual(1)
    expect(await keys()).toEqual(['prune:fresh', 'prune:recent'])
    // A pruned key starts afresh; the kept one still remembers its hits.
    expect(await attempt('prune:old', at(RATE_LIMIT_RETENTION_MS + 2))).toBe('ok')
  })

  it('keeps keys apart', async () => {
    for (let i = 0; i < 10; i++) await attempt('like:c', at(0))
    expect(await attempt('like:c', at(1))).toBe('limited')
    expect(await attempt('like:d', at(1))).toBe('ok')
  })

  it('counts concurrent hits exactly', async () => {
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => attempt('like:e', at(0))))
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(10)
  })

  it('gives back one hit, and only one of equal stamps', async () => {
    for (let i = 0; i < 10; i++) expect(await attempt('login:f', at(0))).toBe('ok')
    expect(await attempt('login:f', at(1))).toBe('limited')
    await releaseRateLimitHit(database.db, 'login:f', at(0))
    expect(await attempt('login:f', at(2))).toBe('ok')
    expect(await attempt('login:f', at(3))).toBe('limited')
    // A stamp that was never recorded gives nothing back.
    await releaseRateLimitHit(database.db, 'login:f', at(5))
    await releaseRateLimitHit(database.db, 'login:none', at(5))
    expect(await attempt('login:f', at(6))).toBe('limited')
  })
})
