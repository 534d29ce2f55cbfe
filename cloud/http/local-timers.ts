// Locally no platform fires the timer function's trigger, so the local cloud does: the same
// single entry WeChat's trigger reaches, timer.tick, runs once a minute as the platform (orders
// expire, rooms go live on schedule and their 开播提醒 go out, refunds are asked again). A run
// still going when the next is due is not overlapped.
import { platformCtx } from '../context'
import type { Db } from '../db/client'
import { dispatch, type Registry } from '../dispatch'
import type { Platform } from '../platform/platform'

export interface LocalTimerOptions {
  db: Db
  registry: Registry
  platform: Platform
  production: boolean
  intervalMs?: number
}

export function startLocalTimers(options: LocalTimerOptions): { stop(): Promise<void> } {
  const hasTick = Boolean(options.registry.timer?.tick)
  let running: Promise<void> | null = null
  const ctx = platformCtx(options)
  const tick = () => {
    if (running || !hasTick) return
    running = (async () => {
      // Each job's failure is reported by tick itself; this only sees the entry failing.
      const answer = await dispatch(options.registry, 'timer', { action: 'tick', data: {} }, ctx)
      if (!answer.body.ok) console.warn(`[timer] tick failed: ${answer.body.error.code} ${answer.body.error.message}`)
    })().finally(() => {
      running = null
    })
  }
  // The first run waits a full interval, so it never competes with a server that is starting.
  const every = setInterval(tick, options.intervalMs ?? 60_000)
  // A forgotten timer must not keep a process (a test run) alive on its own.
  every.unref()
  return {
    async stop() {
      clearInterval(every)
      await running
    },
  }
}
