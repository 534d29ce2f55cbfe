// State of a cursor-paginated list (first load, more, refresh, failure), as a pure reducer so
// its rules are tested without rendering.
import type { AppError } from '@/domain/errors'

export interface PagedListState<T> {
  items: T[]
  nextCursor: string | null
  status: 'idle' | 'loading' | 'refreshing' | 'loading_more' | 'ready' | 'error'
  error: AppError | null
  /** True once the server said there is nothing after the last page. */
  done: boolean
  /** Bumped on every refresh so answers to an older request are dropped. */
  generation: number
}

export type PagedListEvent<T> =
  | { type: 'load' }
  | { type: 'refresh' }
  | { type: 'more' }
  | { type: 'page'; generation: number; items: T[]; nextCursor: string | null; replace: boolean }
  | { type: 'fail'; generation: number; error: AppError }

export function initialPagedList<T>(): PagedListState<T> {
  return { items: [], nextCursor: null, status: 'idle', error: null, done: false, generation: 0 }
}

/** More can be asked for after a page arrived, or after a failed "more" (a retry). */
export function canLoadMore<T>(state: PagedListState<T>): boolean {
  if (state.done) return false
  return state.status === 'ready' || (state.status === 'error' && state.items.length > 0)
}

export function pagedListReducer<T extends { id: string }>(
  state: PagedListState<T>,
  event: PagedListEvent<T>,
): PagedListState<T> {
  switch (event.type) {
    case 'load':
      return { ...initialPagedList<T>(), status: 'loading', generation: state.generation + 1 }
    case 'refresh':
      return { ...state, status: 'refreshing', error: null, generation: state.generation + 1 }
    case 'more':
      if (!canLoadMore(state)) return state
      return { ...state, status: 'loading_more', error: null }
    case 'page': {
      if (event.generation !== state.generation) return state
      // A product added while paging must not show twice: keep the first copy.
      const base = event.replace ? [] : state.items
      const seen = new Set(base.map((item) => item.id))
      const items = base.concat(event.items.filter((item) => !seen.has(item.id)))
      return { ...state, items, nextCursor: event.nextCursor, status: 'ready', error: null, done: event.nextCursor === null }
    }
    case 'fail':
      if (event.generation !== state.generation) return state
      return { ...state, status: 'error', error: event.error }
  }
}
