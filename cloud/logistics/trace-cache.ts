// A short memory of logistics answers, so an order page refreshed again and again (or opened by
// the buyer and the store at once) asks WeChat once: answers are kept a few minutes, a failure
// half a minute, and callers who arrive while a question is out wait for its answer.
// It lives in the process: on WeChat each warm instance of the function keeps its own.
import type { Logistics } from '../../src/domain/logistics'

export const TRACE_TTL_MS = 5 * 60_000
export const FAILURE_TTL_MS = 30_000
const MAX_ENTRIES = 1000

interface Entry {
  value: Promise<Logistics>
  expiresAt: number
}

const entries = new Map<string, Entry>()

/**
 * The cached answer for `key` at `now`, else `ask()`'s, remembered for TRACE_TTL_MS (or
 * FAILURE_TTL_MS when the answer says WeChat could not be reached).
 */
export function cachedTrace(key: string, now: Date, ask: () => Promise<Logistics>): Promise<Logistics> {
  const at = now.getTime()
  const found = entries.get(key)
  if (found && found.expiresAt > at) return found.value
  const value = ask()
  const entry: Entry = { value, expiresAt: Number.POSITIVE_INFINITY }
  entries.delete(key)
  entries.set(key, entry)
  // Oldest first in a Map: drop from the front once full.
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
  value.then(
    (answer) => {
      entry.expiresAt = at + (answer.state === 'ok' ? TRACE_TTL_MS : FAILURE_TTL_MS)
    },
    () => entries.get(key) === entry && entries.delete(key),
  )
  return value
}

/** Tests start from an empty memory. */
export function forgetTraces(): void {
  entries.clear()
}
