// WeChat's side of the Platform interface; each capability is added with the feature that
// needs it (pay, wxacode, urllink, content check, subscribe messages).
import type { Platform } from './platform'

export function wechatPlatform(_cloud: unknown): Platform {
  return { kind: 'wechat' }
}
