// Brings the cart up to date with the catalog whenever the cart page shows: prices, stock,
// and which lines can no longer be bought.
import { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { AppError } from '@/domain/errors'
import { getCartItems } from '@/services/order'
import { useCart } from '@/store/cart'

export function useCartRefresh(): { refreshing: boolean; error: AppError | null; refresh(): void } {
  const [refreshing, setRefreshing] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const refresh = useCallback(() => {
    const skuIds = [...new Set(useCart.getState().lines.map((line) => line.skuId))]
    if (skuIds.length === 0) return
    setRefreshing(true)
    setError(null)
    getCartItems(skuIds.slice(0, 100)).then(
      (fresh) => {
        useCart.getState().applyCatalog(fresh, skuIds.slice(0, 100))
        setRefreshing(false)
      },
      (failure: unknown) => {
        setError(failure instanceof AppError ? failure : new AppError('INTERNAL'))
        setRefreshing(false)
      },
    )
  }, [])
  useDidShow(refresh)
  return { refreshing, error, refresh }
}
