// Locally no platform fires the timer function's trigger, so the local cloud does: every
// action of `timer` runs once a minute as the platform (e.g. rooms go live on schedule and
// their 开播提醒 go out). A run still going when the next is due is not overlapped.
import type { Ctx } from '../context'
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
  // A scheduled run carries no input; an action that needs one (the media-check message push)
  // is not scheduled work and only runs when its event arrives.
  const table = options.registry.timer ?? {}
  const actions = Object.keys(table).filter((action) => table[action].input.safeParse({}).success)
  let running: Promise<void> | null = null
  const ctx: Ctx = {
    db: options.db,
    identity: null,
    caller: 'platform',
    platform: options.platform,
    now: () => new Date(),
    production: options.production,
  }
  const tick = () => {
    if (running || actions.length === 0) return
    running = (async () => {
      for (const action of actions) {
        const answer = await dispatch(options.registry, 'timer', { action, data: {} }, ctx)
        if (!answer.body.ok) console.warn(`[timer] ${action} failed: ${answer.body.error.code} ${answer.body.error.message}`)
      }
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
