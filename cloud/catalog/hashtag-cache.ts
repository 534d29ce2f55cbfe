// The home page's hashtag chips, remembered for a short while. Counting them reads every on-sale
// product (100,000 at platform scale: a third of a second on PGlite) and every home page asks,
// while the answer only moves when merchants change hashtags or take products on and off sale.
// A maintained counts table would have to be kept right by every path that saves a product or
// changes its status; a short memory needs none of them and is wrong by at most its age, which
// chips that rank "most used" can afford. Each database handle (so each test's database, each
// cloud function instance) has its own memory.
import type { Db } from '../db/client'

/** How long a count is served before it is counted again. */
export const HASHTAG_CACHE_MS = 60_000
/** Stores whose chips are remembered at once; the oldest is forgotten first. */
const MAX_ENTRIES = 500

interface Entry<T> {
  at: number
  value: Promise<T>
}

const memories = new WeakMap<Db, Map<string, Entry<unknown>>>()

/** `count()` for `key`, or its answer of less than HASHTAG_CACHE_MS ago (`now` in ms). */
export function rememberedCount<T>(db: Db, key: string, now: number, count: () => Promise<T>): Promise<T> {
  let memory = memories.get(db)
  if (!memory) memories.set(db, (memory = new Map()))
  const known = memory.get(key) as Entry<T> | undefined
  if (known && now - known.at < HASHTAG_CACHE_MS && now >= known.at) return known.value
  // Callers arriving while it is being counted share the one count; a failed count is not kept.
  const value = count()
  memory.delete(key)
  memory.set(key, { at: now, value })
  value.catch(() => memory.get(key)?.value === value && memory.delete(key))
  while (memory.size > MAX_ENTRIES) memory.delete(memory.keys().next().value as string)
  return value
}
