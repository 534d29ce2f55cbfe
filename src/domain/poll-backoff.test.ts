import { createPoller, nextDelay, type Timers } from './poll-backoff'

const OPTIONS = { fastest: 2_000, slowest: 30_000 }

/** Timers that run only when the test says, so each poll is observed. */
function manualTimers() {
  const pending = new Map<number, { run: () => void; ms: number }>()
  let next = 0
  const timers: Timers = {
    set(run, ms) {
      pending.set(++next, { run, ms })
      return next
    },
    clear(handle) {
      pending.delete(handle as number)
    },
  }
  return {
    timers,
    waits: () => [...pending.values()].map((p) => p.ms),
    async fire() {
      const entries = [...pending.entries()]
      expect(entries).toHaveLength(1)
      const [[id, { run }]] = entries
      pending.delete(id)
      run()
      // Let the poll's promise and the scheduling after it settle.
      for (let i = 0; i < 5; i++) await Promise.resolve()
    },
  }
}

describe('nextDelay', () => {
  it('doubles while quiet up to the slowest, and drops to the fastest after activity', () => {
    expect(nextDelay(2_000, false, OPTIONS)).toBe(4_000)
    expect(nextDelay(16_000, false, OPTIONS)).toBe(30_000)
    expect(nextDelay(30_000, false, OPTIONS)).toBe(30_000)
    expect(nextDelay(30_000, true, OPTIONS)).toBe(2_000)
  })
})

describe('createPoller', () => {
  it('polls at once, backs off while nothing is new, speeds up when something is, and stops when told', async () => {
    const clock = manualTimers()
    const answers = [false, false, false, true, false]
    const poll = jest.fn(async () => answers.shift() ?? false)
    const poller = createPoller(poll, OPTIONS, clock.timers)
    poller.start()
    expect(clock.waits()).toEqual([0])
    await clock.fire()
    expect(clock.waits()).toEqual([4_000])
    await clock.fire()
    expect(clock.waits()).toEqual([8_000])
    await clock.fire()
    expect(clock.waits()).toEqual([16_000])
    await clock.fire() // something new
    expect(clock.waits()).toEqual([2_000])
    await clock.fire()
    expect(clock.waits()).toEqual([4_000])
    poller.stop()
    expect(clock.waits()).toEqual([])
    expect(poll).toHaveBeenCalledTimes(5)
  })

  it('schedules nothing after a stop that came while a poll was in flight; a nudge polls at the fastest', async () => {
    const clock = manualTimers()
    let release: (value: boolean) => void = () => undefined
    const poller = createPoller(() => new Promise<boolean>((resolve) => (release = resolve)), OPTIONS, clock.timers)
    poller.start()
    await clock.fire()
    poller.stop()
    release(true)
    for (let i = 0; i < 5; i++) await Promise.resolve()
    expect(clock.waits()).toEqual([])

    poller.start()
    await clock.fire()
    release(false)
    for (let i = 0; i < 5; i++) await Promise.resolve()
    expect(clock.waits()).toEqual([4_000])
    poller.nudge()
    expect(clock.waits()).toEqual([2_000])
  })

  it('treats a failed poll as quiet', async () => {
    const clock = manualTimers()
    const poller = createPoller(async () => {
      throw new Error('offline')
    }, OPTIONS, clock.timers)
    poller.start()
    await clock.fire()
    expect(clock.waits()).toEqual([4_000])
  })
})
