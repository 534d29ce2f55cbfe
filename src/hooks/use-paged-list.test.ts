/**
 * @jest-environment jsdom
 */
// usePagedList loads again only when a value in its deps changes.
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import type { Page } from '@/domain/envelope'
import { usePagedList, type PagedList } from './use-paged-list'

type Item = { id: string }

// How React 18 is told that updates are wrapped in act().
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

let root: Root
let latest: PagedList<Item>
/** Every page request, as `label store/status cursor`; the answer is one item named `label`. */
let calls: string[]
let label: string

async function fetchPage(store: string, status: unknown, cursor: string | null): Promise<Page<Item>> {
  calls.push(`${label} ${store}/${String(status)} ${cursor ?? 'first'}`)
  return { items: [{ id: label }], nextCursor: null }
}

function Probe({ store, status }: { store: string; status: unknown }) {
  latest = usePagedList((cursor) => fetchPage(store, status, cursor), [store, status])
  return null
}

/** Renders again with these deps; pages fetched from now on are labelled `as`. */
async function render(as: string, store: string, status: unknown) {
  label = as
  await act(async () => root.render(createElement(Probe, { store, status })))
}

beforeEach(() => {
  root = createRoot(document.createElement('div'))
  calls = []
})

afterEach(async () => {
  await act(async () => root.unmount())
})

it('loads the first page once, and not again when a render brings the same deps', async () => {
  const statuses = ['paid'] as const
  await render('a', 'store-1', statuses)
  await render('b', 'store-1', statuses)
  await render('c', 'store-1', statuses)
  expect(calls).toEqual(['a store-1/paid first'])
  expect(latest.items.map((item) => item.id)).toEqual(['a'])
})

it('loads again from the top when one value in deps changes', async () => {
  await render('a', 'store-1', 'paid')
  await render('b', 'store-1', 'shipped')
  await render('c', 'store-1', 'shipped')
  await render('d', 'store-2', 'shipped')
  expect(calls).toEqual(['a store-1/paid first', 'b store-1/shipped first', 'd store-2/shipped first'])
  expect(latest.items.map((item) => item.id)).toEqual(['d'])
})

it('compares deps by identity, as useEffect does: an equal but new array is a change', async () => {
  await render('a', 'store-1', ['paid'])
  await render('b', 'store-1', ['paid'])
  expect(calls).toEqual(['a store-1/paid first', 'b store-1/paid first'])
})
