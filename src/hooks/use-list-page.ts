// A page whose content is one paged list: pulling down refreshes it, reaching the bottom loads
// more, and with `refreshOnReturn`, coming back to the page (from an editor, or an order whose
// state changed) shows the list as it is now.
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useRef } from 'react'
import type { PagedList } from './use-paged-list'

export function useListPage(list: Pick<PagedList<unknown>, 'refresh' | 'loadMore'>, options: { refreshOnReturn?: boolean } = {}): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && options.refreshOnReturn) void list.refresh()
    shown.current = true
  })
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()))
  useReachBottom(list.loadMore)
}
