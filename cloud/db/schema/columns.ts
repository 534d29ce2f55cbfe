// Column builders every table shares.
import { bigint, timestamp } from 'drizzle-orm/pg-core'

export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow()
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow()
/** A nullable moment, e.g. paid_at. */
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })
/** Insertion order: newest-first lists page on it, so rows added meanwhile never shift a page.
 * Index it as `t.seq.desc().nullsFirst()`: ORDER BY seq DESC means NULLS FIRST, and an index built
 * with plain `.desc()` (NULLS LAST) cannot serve it, so the page would sort the whole table. */
export const seq = () => bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity()
