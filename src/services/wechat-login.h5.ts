// H5: there is no wx.login outside WeChat. A development build identifies itself with x-openid
// and needs no session. A production build (TARO_APP_DEV_IDENTITY=off) has no identity at all:
// it browses anonymously and hands every action that needs one to the Mini Program (the hand-off
// sheet); it never sends a twin `dev:` code, which a production server refuses.
export const needsSession = false

export async function loginCode(_deviceId?: string): Promise<string> {
  throw new Error('no wx.login outside WeChat')
}
