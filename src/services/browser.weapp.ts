// weapp: a Mini Program cannot open outside links; the landing page is for browsers, so here
// "opening" a link copies it for the shopper to paste in WeChat.
import { copyText } from './privacy-apis'

export function userAgent(): string {
  return 'MicroMessenger'
}

export function openUrl(url: string): void {
  void copyText(url, '链接已复制，可在微信中打开')
}
