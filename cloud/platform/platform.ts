// The WeChat capabilities the cloud uses, each with a local twin that behaves like the
// platform. Operations see only this interface (ctx.platform); cloud/platform/wechat/*
// and cloud/platform/local/* implement it. Features add their capability here.

/** security.msgSecCheck v2 scenes: 1 profile, 2 comment, 3 forum, 4 social log. */
export type ContentScene = 1 | 2 | 3 | 4

export interface ContentVerdict {
  suggest: 'pass' | 'review' | 'risky'
  /** 100 ok, 10001 ad, 20001 politics, 20002 porn, 20003 abuse, 20006 illegal, 20008 fraud… */
  label: number
}

export interface ContentCheckAdapter {
  checkText(input: { text: string; openid: string; scene: ContentScene }): Promise<ContentVerdict>
}

export interface OutgoingMessage {
  touser: string
  templateId: string
  page: string
  data: Record<string, unknown>
}

export interface MessageAdapter {
  /** Delivers one subscribe message; throws when the platform refuses (e.g. 43101 no quota). */
  send(message: OutgoingMessage): Promise<void>
}

/** What code2Session (WECHAT-API.md section 10) tells about a wx.login code. */
export interface LoginIdentity {
  openid: string
  unionid?: string
}

/**
 * code2Session refused the code: WeChat's errcode and errmsg (40029 invalid code, 40163 code
 * used, 45011 too frequent, 40226 risky user, -1 busy). Both the adapter and its twin throw it.
 */
export class LoginRefused extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`code2Session refused: ${errcode} ${errmsg}`)
    this.name = 'LoginRefused'
  }
}

export interface LoginAdapter {
  /** Exchanges a wx.login code for the user's OPENID; throws LoginRefused when WeChat says no. */
  code2Session(code: string): Promise<LoginIdentity>
}

export interface Platform {
  kind: 'wechat' | 'local'
  content: ContentCheckAdapter
  messages: MessageAdapter
  login: LoginAdapter
}
