import { AppError } from '@/domain/errors'
import {
  canLoadMore,
  initialPagedList,
  pagedListReducer,
  type PagedListEvent,
  type PagedListState,
} from './paged-list'

interface Item {
  id: string
  title: string
}

const item = (id: string, title = id): Item => ({ id, title })

function run(events: PagedListEvent<Item>[], from: PagedListState<Item> = initialPagedList<Item>()) {
  return events.reduce(pagedListReducer<Item>, from)
}

function page(generation: number, ids: string[], nextCursor: string | null, replace = false): PagedListEvent<Item> {
  return { type: 'page', generation, items: ids.map((id) => item(id)), nextCursor, replace }
}

const fail = (generation: number): PagedListEvent<Item> => ({ type: 'fail', generation, error: new AppError('NETWORK_FAILED') })

describe('first load', () => {
  it('starts idle, empty, and cannot load more before anything arrived', () => {
    const state = initialPagedList<Item>()
    expect(state).toEqual({ items: [], nextCursor: null, status: 'idle', error: null, done: false, generation: 0 })
    expect(canLoadMore(state)).toBe(false)
    expect(pagedListReducer(state, { type: 'more' })).toBe(state)
  })

  it('loads under a new generation, then shows the first page', () => {
    const loading = run([{ type: 'load' }])
    expect(loading.status).toBe('loading')
    expect(loading.generation).toBe(1)

    const ready = run([page(1, ['a', 'b'], 'c1', true)], loading)
    expect(ready).toEqual({
      items: [item('a'), item('b')],
      nextCursor: 'c1',
      status: 'ready',
      error: null,
      done: false,
      generation: 1,
    })
    expect(canLoadMore(ready)).toBe(true)
  })

  it('starts over on a new load, dropping what was shown', () => {
    const state = run([{ type: 'load' }, page(1, ['a'], 'c1', true), { type: 'load' }])
    expect(state.items).toEqual([])
    expect(state.nextCursor).toBeNull()
    expect(state.status).toBe('loading')
    expect(state.generation).toBe(2)
  })
})

describe('more: pages append', () => {
  it('appends the next page', () => {
    const state = run([{ type: 'load' }, page(1, ['a', 'b'], 'c1', true), { type: 'more' }, page(1, ['c', 'd'], 'c2')])
    expect(state.items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd'])
    expect(state.nextCursor).toBe('c2')
    expect(state.status).toBe('ready')
  })

  it('shows an item repeated across pages once, keeping the first copy', () => {
    const first: PagedListEvent<Item> = { type: 'page', generation: 1, items: [item('a'), item('b', 'old')], nextCursor: 'c1', replace: true }
    const second: PagedListEvent<Item> = { type: 'page', generation: 1, items: [item('b', 'new'), item('c')], nextCursor: null, replace: false }
    const state = run([{ type: 'load' }, first, { type: 'more' }, second])
    expect(state.items).toEqual([item('a'), item('b', 'old'), item('c')])
  })

  it('marks loading_more and refuses a second "more" while one is under way', () => {
    const loadingMore = run([{ type: 'load' }, page(1, ['a'], 'c1', true), { type: 'more' }])
    expect(loadingMore.status).toBe('loading_more')
    expect(canLoadMore(loadingMore)).toBe(false)
    expect(pagedListReducer(loadingMore, { type: 'more' })).toBe(loadingMore)
  })

  it('is done when the server gives no next cursor, and then refuses more', () => {
    const state = run([{ type: 'load' }, page(1, ['a'], 'c1', true), { type: 'more' }, page(1, ['b'], null)])
    expect(state.done).toBe(true)
    expect(canLoadMore(state)).toBe(false)
    expect(pagedListReducer(state, { type: 'more' })).toBe(state)
  })

  it('is done at once when the first page is the last', () => {
    const state = run([{ type: 'load' }, page(1, ['a'], null, true)])
    expect(state.done).toBe(true)
    expect(canLoadMore(state)).toBe(false)
  })
})

describe('stale answers are dropped after a refresh', () => {
  it('ignores a page of an older generation', () => {
    const refreshing = run([{ type: 'load' }, page(1, ['a'], 'c1', true), { type: 'more' }, { type: 'refresh' }])
    expect(refreshing.generation).toBe(2)
    expect(pagedListReducer(refreshing, page(1, ['x'], 'old'))).toBe(refreshing)
  })

  it('ignores a failure of an older generation', () => {
    const refreshing = run([{ type: 'load' }, page(1, ['a'], 'c1', true), { type: 'refresh' }])
    expect(pagedListReducer(refreshing, fail(1))).toBe(refreshing)
  })

  it('ignores the answer to a first load that was superseded', () => {
    const state = run([{ type: 'load' }, { type: 'load' }, page(1, ['stale'], 'c1', true)])
    expect(state.items).toEqual([])
    expect(state.status).toBe('loading')
  })
})

describe('refresh replaces items', () => {
  it('keeps showing the old items while refreshing, then replaces them', () => {
    const refreshing = run([{ type: 'load' }, page(1, ['a', 'b'], 'c1', true), { type: 'refresh' }])
    expect(refreshing.status).toBe('refreshing')
    expect(refreshing.items.map((i) => i.id)).toEqual(['a', 'b'])

    const state = run([page(2, ['b', 'z'], 'n1', true)], refreshing)
    expect(state.items.map((i) => i.id)).toEqual(['b', 'z'])
    expect(state.nextCursor).toBe('n1')
    expect(state.status).toBe('ready')
  })

  it('lets a finished list load more again when the refreshed one has a next page', () => {
    const state = run([{ type: 'load' }, page(1, ['a'], null, true), { type: 'refresh' }, page(2, ['new', 'a'], 'c1', true)])
    expect(state.done).toBe(false)
    expect(canLoadMore(state)).toBe(true)
  })

  it('clears an earlier error', () => {
    const state = run([{ type: 'load' }, fail(1), { type: 'refresh' }])
    expect(state.error).toBeNull()
    expect(state.status).toBe('refreshing')
  })
})

describe('failures and retry', () => {
  it('keeps the error and the items shown so far', () => {
    const state = run([{ type: 'load' }, page(1, ['a'], 'c1', true), { type: 'more' }, fail(1)])
    expect(state.status).toBe('error')
    expect(state.error).toBeInstanceOf(AppError)
    expect(state.error?.code).toBe('NETWORK_FAILED')
    expect(state.items.map((i) => i.id)).toEqual(['a'])
  })

  it('allows retrying with "more" when items exist, and continues from the same cursor', () => {
    const failed = run([{ type: 'load' }, page(1, ['a'], 'c1', true), { type: 'more' }, fail(1)])
    expect(canLoadMore(failed)).toBe(true)

    const retrying = pagedListReducer(failed, { type: 'more' })
    expect(retrying.status).toBe('loading_more')
    expect(retrying.error).toBeNull()
    expect(retrying.nextCursor).toBe('c1')

    const state = run([page(1, ['b'], null)], retrying)
    expect(state.items.map((i) => i.id)).toEqual(['a', 'b'])
    expect(state.status).toBe('ready')
  })

  it('does not allow "more" after a failed first load: there is nothing to continue', () => {
    const failed = run([{ type: 'load' }, fail(1)])
    expect(failed.status).toBe('error')
    expect(canLoadMore(failed)).toBe(false)
    expect(pagedListReducer(failed, { type: 'more' })).toBe(failed)
  })
})
