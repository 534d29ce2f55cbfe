// Each alert kind's subscribe-message template (chosen in the Mini Program console, read from
// the environment like WECHAT_TMPL_LIVE_START) and the console page a message opens.
import type { AlertKind } from '../../src/domain/alerts'

export type { AlertKind }

export function alertTemplateId(kind: AlertKind): string {
  const env = {
    new_order: process.env.WECHAT_TMPL_NEW_ORDER,
    low_stock: process.env.WECHAT_TMPL_LOW_STOCK,
    refund_requested: process.env.WECHAT_TMPL_REFUND_REQUESTED,
    new_message: process.env.WECHAT_TMPL_NEW_MESSAGE,
  }[kind]
  return env || kind.replace('_', '-')
}

/** Where a tap on the message lands: the console's notification list of that store. */
export function alertPage(storeId: string): string {
  return `packages/merchant/pages/notifications/index?storeId=${storeId}`
}
