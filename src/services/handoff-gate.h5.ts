// H5 production build (TARO_APP_DEV_IDENTITY=off): there is no identity on the web, so a call
// that needs one is not sent (it would only be refused); the hand-off sheet opens instead and
// carries the visitor into the Mini Program. The sheet is loaded on first use only.
import { isPublicAction } from '@/domain/public-actions'

const webProduction = process.env.TARO_APP_DEV_IDENTITY === 'off'

/** True when the call was handed off (the caller then throws HANDED_OFF instead of sending it). */
export function handedOff(fn: string, action: string, hasIdentity: boolean): boolean {
  if (!webProduction || hasIdentity || isPublicAction(fn, action)) return false
  void import('@/components/handoff-sheet').then((sheet) => sheet.openHandoffSheet())
  return true
}
