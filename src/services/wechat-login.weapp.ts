// weapp: cloud functions get the caller's OPENID from WeChat, so callFunction needs no session.
// A self-hosted HTTP transport would set needsSession and log in with Taro.login's code.
import Taro from '@tarojs/taro'

export const needsSession = false

export async function loginCode(): Promise<string> {
  const { code } = await Taro.login()
  if (!code) throw new Error('wx.login returned no code')
  return code
}
