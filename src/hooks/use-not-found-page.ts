// An unknown path (an old share, a mistyped H5 address) would show a blank page with no way
// out: send it to the one not-found page. WeChat asks for the redirect inside the callback itself.
import Taro, { usePageNotFound } from '@tarojs/taro'

export const NOT_FOUND_PAGE = '/packages/entry/pages/not-found/index'

export function useNotFoundPage(): void {
  usePageNotFound(() => {
    void Taro.redirectTo({ url: NOT_FOUND_PAGE })
  })
}
