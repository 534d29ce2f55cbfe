// Device storage for what belongs to one person (cart, checkout draft and last address, recent
// searches, chosen store, arrivals): each item is kept under the identity that wrote it, so a
// second identity on the same device (the H5 picker, a logout) never sees the first one's.
// Switching identity empties these stores in memory and loads the new identity's own items;
// logging out deletes the departing identity's items.
import type { StoreApi } from 'zustand'
import type { StateStorage } from 'zustand/middleware'
import { useSession } from './session'
import { taroStorage } from './taro-storage'

/** The key an item of `name` has for `owner` (the session's devOpenid). */
export function personalKey(name: string, owner: string): string {
  return `${name}@${owner}`
}

const owner = () => useSession.getState().devOpenid

// While a store is emptied for a new identity its writes are dropped: they would land under
// the new identity's key and overwrite what it had kept.
let switching = false

export const personalStorage: StateStorage = {
  getItem: (name) => taroStorage.getItem(personalKey(name, owner())),
  setItem: (name, value) => {
    if (!switching) taroStorage.setItem(personalKey(name, owner()), value)
  },
  removeItem: (name) => taroStorage.removeItem(personalKey(name, owner())),
}

interface PersistedStore {
  getInitialState(): unknown
  setState: StoreApi<unknown>['setState']
  persist: { getOptions(): { name?: string }; rehydrate(): Promise<void> | void; clearStorage(): void }
}

const stores: PersistedStore[] = []

/**
 * Registers a store persisted through personalStorage. Items an older version kept without an
 * identity are dropped: they may be anyone's who used this device.
 */
export function personal<S extends PersistedStore>(store: S): S {
  const name = store.persist.getOptions().name
  if (name) taroStorage.removeItem(name)
  stores.push(store)
  return store
}

function loadCurrentIdentity(): void {
  for (const store of stores) {
    switching = true
    try {
      store.setState(store.getInitialState() as never, true as never)
    } finally {
      switching = false
    }
    void store.persist.rehydrate()
  }
}

/** Logging out: deletes what the current identity kept on this device (before it changes). */
export function forgetPersonalData(): void {
  for (const store of stores) store.persist.clearStorage()
}

useSession.subscribe((state, previous) => {
  if (state.devOpenid !== previous.devOpenid) loadCurrentIdentity()
})
