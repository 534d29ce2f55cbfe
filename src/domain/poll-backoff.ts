// Polling with back-off, for messages that must appear without a reload where no long-lived
// connection is available (WeChat Cloud functions answer calls; they push nothing). A poll that
// brings something new, or a nudge (the person just sent), brings the interval back to the
// fastest; quiet polls double it up to the slowest. Stopped while the page is hidden.

export interface BackoffOptions {
  /** The interval after activity, ms. */
  fastest: number
  /** The ceiling quiet polls climb to, ms. */
  slowest: number
}

export const CHAT_POLL: BackoffOptions = { fastest: 2_000, slowest: 30_000 }

/** The wait before the next poll: back to the fastest after activity, else double, capped. */
export function nextDelay(current: number, active: boolean, options: BackoffOptions): number {
  if (active) return options.fastest
  return Math.min(options.slowest, Math.max(options.fastest, current * 2))
}

export interface Timers {
  set(run: () => void, ms: number): unknown
  clear(handle: unknown): void
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export interface Poller {
  /** Polls now, then on the back-off schedule. Starting a started poller polls now again. */
  start(): void
  /** No more polls until start(); a poll in flight finishes but schedules nothing. */
  stop(): void
  /** Something just happened (a send): poll soon at the fastest rate. */
  nudge(): void
  /** The current wait between polls, ms (for tests and diagnostics). */
  delay(): number
  running(): boolean
}

/**
 * `poll` answers whether it brought anything new; a failed poll counts as quiet, so a flaky
 * network is asked less often, never more.
 */
export function createPoller(poll: () => Promise<boolean>, options: BackoffOptions = CHAT_POLL, timers: Timers = realTimers): Poller {
  let delay = options.fastest
  let handle: unknown = null
  let on = false
  let generation = 0

  const schedule = (ms: number) => {
    if (handle !== null) timers.clear(handle)
    handle = timers.set(tick, ms)
  }

  async function tick(): Promise<void> {
    handle = null
    if (!on) return
    const mine = generation
    let active = false
    try {
      active = await poll()
    } catch {
      active = false
    }
    // Stopped, or restarted, while this poll was in flight: the newer schedule stands.
    if (!on || mine !== generation) return
    delay = nextDelay(delay, active, options)
    schedule(delay)
  }

  return {
    start() {
      on = true
      generation += 1
      delay = options.fastest
      schedule(0)
    },
    stop() {
      on = false
      generation += 1
      if (handle !== null) timers.clear(handle)
      handle = null
    },
    nudge() {
      delay = options.fastest
      if (on) schedule(options.fastest)
    },
    delay: () => delay,
    running: () => on,
  }
}
