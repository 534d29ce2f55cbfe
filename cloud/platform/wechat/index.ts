// WeChat's side of the Platform interface, through wx-server-sdk's openapi (cloud calls).
import type { Platform } from '../platform'
import { wechatContentCheck } from './content-check'
import { wechatEntryLinks } from './entry-links'
import { wechatFiles } from './files'
import { wechatLive } from './live'
import { wechatLogistics } from './logistics'
import { wechatMediaCheck } from './media-check'
import { wechatCredentialsFromEnv, wechatLogin } from './login'
import { wechatMessages } from './messages'
import { wechatPay } from './pay'
import type { WxCloud } from './sdk'
import { wechatShipping } from './shipping'

export function wechatPlatform(cloud: WxCloud): Platform {
  return {
    kind: 'wechat',
    content: wechatContentCheck(cloud),
    media: wechatMediaCheck(cloud),
    messages: wechatMessages(cloud),
    entryLinks: wechatEntryLinks(cloud),
    live: wechatLive(cloud),
    // Inside WeChat Cloud the OPENID comes with every call; login only matters when the same
    // functions also serve the self-hosted app, with the appid and secret in the environment.
    login: wechatLogin(wechatCredentialsFromEnv(process.env)),
    pay: wechatPay(cloud),
    shipping: wechatShipping(cloud),
    logistics: wechatLogistics(cloud),
    files: wechatFiles(cloud),
  }
}
