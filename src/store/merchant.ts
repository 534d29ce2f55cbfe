// Which of the merchant's stores the console is working on, kept on the device so the
// console reopens where it was left. One OPENID may own several stores and switch.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { personal, personalStorage } from './personal-storage'

interface MerchantState {
  currentStoreId: string | null
  chooseStore(storeId: string | null): void
}

export const useMerchant = personal(
  create<MerchantState>()(
    persist(
      (set) => ({
        currentStoreId: null,
        chooseStore: (storeId) => set({ currentStoreId: storeId }),
      }),
      {
        name: 'xiaodian.merchant',
        version: 1,
        storage: createJSONStorage(() => personalStorage),
        partialize: (state) => ({ currentStoreId: state.currentStoreId }),
      },
    ),
  ),
)

/** The store to work on: the chosen one while the caller still owns it, else their first. */
export function pickStore<T extends { id: string }>(stores: readonly T[], chosen: string | null): T | null {
  return stores.find((store) => store.id === chosen) ?? stores[0] ?? null
}
