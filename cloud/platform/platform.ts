// The WeChat capabilities the cloud uses, each with a local twin. Operations see only this
// interface; cloud/platform/wechat/* and cloud/platform/local/* implement it.
export interface Platform {
  kind: 'wechat' | 'local'
}

export function localPlatform(): Platform {
  return { kind: 'local' }
}
