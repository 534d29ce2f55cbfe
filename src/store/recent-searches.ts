// Searches the shopper made on this device, newest first, kept across launches.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { personal, personalStorage } from './personal-storage'

export const MAX_RECENT_SEARCHES = 10

/** Puts `query` first, without duplicates (ignoring case and spaces), keeping at most ten. */
export function rememberSearch(list: readonly string[], query: string): string[] {
  const text = query.trim()
  if (!text) return [...list]
  const key = text.toLowerCase()
  return [text, ...list.filter((q) => q.toLowerCase() !== key)].slice(0, MAX_RECENT_SEARCHES)
}

interface RecentSearchesState {
  queries: string[]
  remember(query: string): void
  clear(): void
}

export const useRecentSearches = personal(
  create<RecentSearchesState>()(
    persist(
      (set) => ({
        queries: [],
        remember: (query) => set((state) => ({ queries: rememberSearch(state.queries, query) })),
        clear: () => set({ queries: [] }),
      }),
      { name: 'xiaodian.recent-searches', version: 1, storage: createJSONStorage(() => personalStorage) },
    ),
  ),
)
