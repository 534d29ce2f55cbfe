// Cursors for newest-first lists: the `seq` of the last row served. Rows added later have a
// higher seq, so they never shift a page that is being read.
import { AppError } from '../../src/domain/errors'

export function encodeCursor(seq: number): string {
  return seq.toString(36)
}

export function decodeCursor(cursor: string | null | undefined): number | null {
  if (cursor === null || cursor === undefined || cursor === '') return null
  const seq = /^[0-9a-z]{1,12}$/.test(cursor) ? parseInt(cursor, 36) : NaN
  if (!Number.isSafeInteger(seq) || seq < 1) throw new AppError('VALIDATION_FAILED', '分页参数 cursor 无效')
  return seq
}

/** Given limit+1 rows, returns the page and the cursor of the next one. */
export function pageOf<R extends { seq: number }>(rows: R[], limit: number): { rows: R[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null }
  const page = rows.slice(0, limit)
  return { rows: page, nextCursor: encodeCursor(page[page.length - 1].seq) }
}
