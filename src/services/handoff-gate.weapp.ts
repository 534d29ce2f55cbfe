// weapp: every caller has an identity from WeChat, so nothing is handed off.
export function handedOff(): boolean {
  return false
}
