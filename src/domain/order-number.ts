// Readable order numbers: the store's day in Beijing time and the order's place in that day,
// "20261207-0042", so a shopper can read it over the phone and a merchant can find it. The id
// stays the order's key; the number is per store (a store's numbers tell nothing of other
// stores' sales, and stores never wait on each other for one).
import { chinaDay } from './order-export'

/** The day an order made at `now` belongs to: YYYYMMDD in Beijing time (no daylight saving). */
export function orderDay(now: Date): string {
  return chinaDay(now).replace(/-/g, '')
}

/** The n-th order of a day: at least four digits, more past 9999. */
export function formatOrderNo(day: string, n: number): string {
  return `${day}-${String(n).padStart(4, '0')}`
}

/** What a merchant may type to find an order by number: the whole number, spaces and dash optional. */
export function parseOrderNo(value: string): string | null {
  const match = /^(\d{8})\s*[-－—]?\s*(\d{4,})$/.exec(value.trim())
  return match ? `${match[1]}-${match[2]}` : null
}
