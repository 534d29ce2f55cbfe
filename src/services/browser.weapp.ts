// weapp: a Mini Program cannot open outside links; the landing page is for browsers, so here
// "opening" a link copies it for the shopper to paste in WeChat.
import Taro from '@tarojs/taro'

export function userAgent(): string {
  return 'MicroMessenger'
}

export function openUrl(url: string): void {
  void Taro.setClipboardData({ data: url })
}
