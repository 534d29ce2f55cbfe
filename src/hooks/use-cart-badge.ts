// Keeps the 购物车 tab's badge equal to the number of items in the cart. Tab pages call it:
// WeChat only lets a tab page set the badge.
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'
import { cartCount, useCart } from '@/store/cart'

const CART_TAB_INDEX = 2

export function showCartBadge(count: number): void {
  const done = count > 0
    ? Taro.setTabBarBadge({ index: CART_TAB_INDEX, text: count > 99 ? '99+' : String(count) })
    : Taro.removeTabBarBadge({ index: CART_TAB_INDEX })
  // Outside a tab page the platform refuses; the next tab page shown sets it again.
  void Promise.resolve(done).catch(() => undefined)
}

export function useCartBadge(): void {
  const count = useCart((state) => cartCount(state.lines))
  useEffect(() => showCartBadge(count), [count])
  useDidShow(() => showCartBadge(cartCount(useCart.getState().lines)))
}
