// The caller's stores and the one the console works on; reloaded whenever the page shows
// again (after opening or editing a store).
import { useDidShow, useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { AppError } from '@/domain/errors'
import type { StoreRole } from '@/domain/staff-roles'
import type { OwnedStore } from '@/domain/store-profile'
import { listMyStores } from '@/services/merchant'
import { pickStore, useMerchant } from '@/store/merchant'

export function useOwnedStores() {
  const chosen = useMerchant((state) => state.currentStoreId)
  const chooseStore = useMerchant((state) => state.chooseStore)
  const [stores, setStores] = useState<OwnedStore[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)

  const reload = useCallback(() => {
    setError(null)
    listMyStores().then(setStores, (failure) => setError(failure instanceof AppError ? failure : new AppError('INTERNAL')))
  }, [])
  useDidShow(reload)

  return { stores, store: stores ? pickStore(stores, chosen) : null, error, reload, chooseStore }
}

/** The store a console page works on: ?storeId=… when given, else the chosen one. */
export function useStoreId(): string {
  const param = useRouter().params.storeId
  const chosen = useMerchant((state) => state.currentStoreId)
  return param || chosen || ''
}

/** The caller's role in a store (null while loading or when they have none), so a page hides what the role cannot do. */
export function useStoreRole(storeId: string): StoreRole | null {
  const { stores } = useOwnedStores()
  return stores?.find((store) => store.id === storeId)?.role ?? null
}
