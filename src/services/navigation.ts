// Leaving a form once it is saved. navigateBack has nowhere to go when the page was opened
// directly (a shared link, a Mini Program code, a reload on H5), and on H5 it then does nothing
// at all, leaving the shopper on a finished form: go to the page the form belongs to instead.
import Taro from '@tarojs/taro'

export function goBackOr(fallbackUrl: string): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.redirectTo({ url: fallbackUrl })
}

/**
 * The store home is a tab page: WeChat refuses navigateTo and redirectTo to one, and switchTab
 * cannot carry the store id, so a store is entered with reLaunch, which may open a tab page
 * with a query (the H5 router accepts it as well).
 */
export function openStoreHome(storeId: string, tab?: 'posts'): void {
  const query = `storeId=${encodeURIComponent(storeId)}${tab ? `&tab=${tab}` : ''}`
  void Taro.reLaunch({ url: `/pages/home/index?${query}` })
}
