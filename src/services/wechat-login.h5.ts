// H5: there is no wx.login outside WeChat. A development build identifies itself with x-openid
// and needs no session. A production build (TARO_APP_DEV_IDENTITY=off) logs in with the twin's
// code `dev:<device id>`, which only a server started with WECHAT_TWIN=1 accepts; against real
// WeChat login it is refused and the shopper browses anonymously.
export const needsSession = process.env.TARO_APP_DEV_IDENTITY === 'off'

export async function loginCode(deviceId: string): Promise<string> {
  return `dev:${deviceId}`
}
