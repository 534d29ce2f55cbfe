// Search pages read exact title matches first, then the other matches, each part newest first.
// Its cursor says which part the next page starts in and after which seq: `e.<seq>` inside the
// exact part, `r.` at the top of the rest (the exact part just ended), `<seq>` inside the rest
// (the plain list cursor, so a cursor from before exact-first ranking still reads on).
import { AppError } from '../../src/domain/errors'
import { decodeCursor, encodeCursor } from './cursor'

export type SearchPart = 'exact' | 'rest'
export interface SearchCursor {
  part: SearchPart
  /** Rows of the part with a lower seq come next; null: from the part's newest row. */
  after: number | null
}

export function encodeSearchCursor(cursor: SearchCursor): string {
  if (cursor.part === 'exact') return `e.${encodeCursor(cursor.after!)}`
  return cursor.after === null ? 'r.' : encodeCursor(cursor.after)
}

export function decodeSearchCursor(cursor: string | null | undefined): SearchCursor {
  if (cursor === null || cursor === undefined || cursor === '') return { part: 'exact', after: null }
  if (cursor === 'r.') return { part: 'rest', after: null }
  if (cursor.startsWith('e.')) {
    const after = decodeCursor(cursor.slice(2))
    if (after === null) throw new AppError('VALIDATION_FAILED', '分页参数 cursor 无效')
    return { part: 'exact', after }
  }
  return { part: 'rest', after: decodeCursor(cursor) }
}
