// WeChat's side of the Platform interface, through wx-server-sdk's openapi (cloud calls).
import type { Platform } from '../platform'
import { wechatContentCheck } from './content-check'
import { wechatEntryLinks } from './entry-links'
import { wechatLive } from './live'
import { wechatMessages } from './messages'
import type { WxCloud } from './sdk'

export function wechatPlatform(cloud: WxCloud): Platform {
  return {
    kind: 'wechat',
    content: wechatContentCheck(cloud),
    messages: wechatMessages(cloud),
    entryLinks: wechatEntryLinks(cloud),
    live: wechatLive(cloud),
  }
}
