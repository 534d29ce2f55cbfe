// Search pages read exact title matches first, then the other matches, each part newest first.
// A cursor inside the exact part is `e.<seq>.<ceiling>`: the exact rows below seq come next,
// and the rest part will be read from below ceiling (the newest product when the search began),
// so products added meanwhile stay out of it as they stay out of every other list. A cursor
// inside the rest part is the plain list cursor.
import { AppError } from '../../src/domain/errors'
import { decodeCursor, encodeCursor } from './cursor'

export type SearchCursor =
  | { part: 'exact'; after: number | null; ceiling: number | null }
  | { part: 'rest'; after: number | null }

export function encodeExactCursor(after: number, ceiling: number): string {
  return `e.${encodeCursor(after)}.${encodeCursor(ceiling)}`
}

export function decodeSearchCursor(cursor: string | null | undefined): SearchCursor {
  if (cursor === null || cursor === undefined || cursor === '') return { part: 'exact', after: null, ceiling: null }
  if (cursor.startsWith('e.')) {
    const [after, ceiling] = cursor.slice(2).split('.').map((part) => decodeCursor(part))
    if (!after || !ceiling) throw new AppError('VALIDATION_FAILED', '分页参数 cursor 无效')
    return { part: 'exact', after, ceiling }
  }
  return { part: 'rest', after: decodeCursor(cursor) }
}
