// Loads a cursor-paginated list into the reducer's state: first page, more on demand,
// refresh from the top. The page passes a fetcher; the hook owns the bookkeeping.
import { useCallback, useEffect, useReducer, useRef } from 'react'
import { AppError } from '@/domain/errors'
import type { Page } from '@/domain/envelope'
import { canLoadMore, initialPagedList, pagedListReducer, type PagedListState } from './paged-list'

export type Fetcher<T> = (cursor: string | null) => Promise<Page<T>>

export interface PagedList<T> extends PagedListState<T> {
  loadMore(): void
  refresh(): Promise<void>
  retry(): void
}

function asAppError(error: unknown): AppError {
  return error instanceof AppError ? error : new AppError('INTERNAL')
}

export function usePagedList<T extends { id: string }>(fetcher: Fetcher<T>, deps: readonly unknown[]): PagedList<T> {
  const [state, dispatch] = useReducer(pagedListReducer<T>, undefined, initialPagedList<T>)
  const stateRef = useRef(state)
  stateRef.current = state
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher

  const fetchPage = useCallback(async (generation: number, cursor: string | null, replace: boolean) => {
    try {
      const page = await fetcherRef.current(cursor)
      dispatch({ type: 'page', generation, items: page.items, nextCursor: page.nextCursor, replace })
    } catch (error) {
      dispatch({ type: 'fail', generation, error: asAppError(error) })
    }
  }, [])

  const load = useCallback(() => {
    const generation = stateRef.current.generation + 1
    dispatch({ type: 'load' })
    void fetchPage(generation, null, true)
  }, [fetchPage])

  // Loads again when a value in deps changes, compared as useEffect compares its own. The lint
  // rule checks each call site's deps against its fetcher (additionalHooks in eslint.config.mjs).
  const loadedFor = useRef<readonly unknown[] | null>(null)
  useEffect(() => {
    const last = loadedFor.current
    if (last && deps.every((dep, i) => Object.is(dep, last[i]))) return
    loadedFor.current = deps
    load()
  })

  const loadMore = useCallback(() => {
    const current = stateRef.current
    if (!canLoadMore(current)) return
    dispatch({ type: 'more' })
    void fetchPage(current.generation, current.nextCursor, false)
  }, [fetchPage])

  const refresh = useCallback(async () => {
    const generation = stateRef.current.generation + 1
    dispatch({ type: 'refresh' })
    await fetchPage(generation, null, true)
  }, [fetchPage])

  // A failed first page starts over; a failed later page asks for that page again.
  const retry = useCallback(() => {
    if (stateRef.current.items.length === 0) load()
    else loadMore()
  }, [load, loadMore])

  return { ...state, loadMore, refresh, retry }
}
