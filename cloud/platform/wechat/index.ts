// WeChat's side of the Platform interface, through wx-server-sdk's openapi (cloud calls).
import type { Platform } from '../platform'
import { wechatContentCheck } from './content-check'
import { wechatMessages } from './messages'
import { wechatPay } from './pay'
import type { WxCloud } from './sdk'
import { wechatShipping } from './shipping'

export function wechatPlatform(cloud: WxCloud): Platform {
  return {
    kind: 'wechat',
    content: wechatContentCheck(cloud),
    messages: wechatMessages(cloud),
    pay: wechatPay(cloud),
    shipping: wechatShipping(cloud),
  }
}
