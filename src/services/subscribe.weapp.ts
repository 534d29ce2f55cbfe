// weapp: Taro.requestSubscribeMessage must run from a tap (WECHAT-API.md section 5), so pages
// call this first thing in the pay button's handler, before awaiting anything. A refusal or a
// failure never blocks paying: the shopper just gets no message.
import Taro from '@tarojs/taro'

export const ORDER_TEMPLATE_IDS: string[] = [process.env.TARO_APP_TMPL_ORDER_PAID, process.env.TARO_APP_TMPL_ORDER_SHIPPED].filter(
  (id): id is string => !!id,
)

export async function askOrderMessages(): Promise<Record<string, string>> {
  if (ORDER_TEMPLATE_IDS.length === 0) return {}
  try {
    const answer = await Taro.requestSubscribeMessage({ tmplIds: ORDER_TEMPLATE_IDS } as Taro.requestSubscribeMessage.Option)
    return Object.fromEntries(ORDER_TEMPLATE_IDS.map((id) => [id, String((answer as unknown as Record<string, unknown>)[id] ?? 'reject')]))
  } catch {
    return {}
  }
}
