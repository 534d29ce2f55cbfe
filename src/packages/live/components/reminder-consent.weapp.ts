// weapp: 开播提醒 is a one-shot subscribe message; WeChat asks the shopper at this tap. Without
// a configured template the request is still recorded (the cloud reports the failed send).
import Taro from '@tarojs/taro'

const TEMPLATE_ID = process.env.TARO_APP_TMPL_LIVE_START

export async function askReminderConsent(): Promise<boolean> {
  if (!TEMPLATE_ID) return true
  try {
    // Taro's Option type merges in the device-message fields (sn, snTicket…) we do not use.
    const option = { tmplIds: [TEMPLATE_ID] } as Taro.requestSubscribeMessage.Option
    const answer = (await Taro.requestSubscribeMessage(option)) as unknown as Record<string, string>
    return answer[TEMPLATE_ID] === 'accept'
  } catch {
    return false
  }
}
