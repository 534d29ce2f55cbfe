// weapp: Taro.requestSubscribeMessage must run from a tap; each accepted template allows one
// message, so the console asks again whenever the count runs out. Template ids come from the
// build environment (the same ones the cloud sends with).
import Taro from '@tarojs/taro'
import type { AlertKind } from '@/domain/alerts'

const TEMPLATES: Record<AlertKind, string | undefined> = {
  new_order: process.env.TARO_APP_TMPL_NEW_ORDER,
  low_stock: process.env.TARO_APP_TMPL_LOW_STOCK,
  refund_requested: process.env.TARO_APP_TMPL_REFUND_REQUESTED,
  new_message: process.env.TARO_APP_TMPL_NEW_MESSAGE,
}

export async function askAlertMessages(kinds: AlertKind[]): Promise<AlertKind[]> {
  const wanted = kinds.filter((kind) => TEMPLATES[kind])
  if (wanted.length === 0) return []
  try {
    // At most 3 templates per request (WECHAT-API.md section 5).
    const ids = wanted.slice(0, 3).map((kind) => TEMPLATES[kind] as string)
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: ids } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, unknown>
    return wanted.slice(0, 3).filter((kind) => answer[TEMPLATES[kind] as string] === 'accept')
  } catch {
    return []
  }
}
