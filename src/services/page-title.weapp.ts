// weapp: the navigation bar is native and shows the title as plain text.
import Taro from '@tarojs/taro'

export function setPageTitle(title: string): void {
  if (!title) return
  void Taro.setNavigationBarTitle({ title }).catch(() => undefined)
}
