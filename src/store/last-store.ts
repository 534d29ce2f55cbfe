// The store the shopper last browsed (its home or one of its products): the 分类 tab shows that
// store's categories, since a tab page is opened without a store in its path.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { taroStorage } from './taro-storage'

interface LastStoreState {
  storeId: string | null
  visit(storeId: string): void
}

export const useLastStore = create<LastStoreState>()(
  persist(
    (set) => ({ storeId: null, visit: (storeId) => set({ storeId }) }),
    { name: 'xiaodian.last-store', version: 1, storage: createJSONStorage(() => taroStorage) },
  ),
)
