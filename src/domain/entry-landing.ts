// Rules of the web landing page for links posted outside WeChat: which browser it runs in,
// and how a link's expiry reads.
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'

/**
 * weibo: Weibo's in-app browser, which may refuse to hand over to WeChat — show the
 * "用浏览器打开" guide; wechat: WeChat's own browser, where the link opens the Mini Program;
 * other: any other browser, which hands the link to WeChat.
 */
export type LandingBrowser = 'weibo' | 'wechat' | 'other'

export function browserOf(userAgent: string): LandingBrowser {
  if (/weibo/i.test(userAgent)) return 'weibo'
  if (/MicroMessenger/i.test(userAgent)) return 'wechat'
  return 'other'
}

/** "2026年12月24日 18:00 前有效（还剩 7 天）", or that it has expired. */
export function expiryText(expiresAt: string | null, now: Date): string {
  if (!expiresAt) return '长期有效'
  const end = dayjs(expiresAt).locale('zh-cn')
  if (!end.isValid()) return ''
  if (!end.isAfter(now)) return `已于 ${end.format('YYYY年M月D日 HH:mm')} 过期`
  const hours = end.diff(now, 'hour')
  const left = hours >= 24 ? `还剩 ${Math.floor(hours / 24)} 天` : hours >= 1 ? `还剩 ${hours} 小时` : '即将过期'
  return `${end.format('YYYY年M月D日 HH:mm')} 前有效（${left}）`
}
