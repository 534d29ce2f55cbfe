import type { Platform } from '../platform'
import { localContentCheck } from './content-check'
import { localMessages } from './messages'
import { localPay } from './pay'
import { localShipping } from './shipping'

/** Every capability's local twin: what H5 development and the tests run on. */
export function localPlatform(): Platform {
  return { kind: 'local', content: localContentCheck(), messages: localMessages(), pay: localPay(), shipping: localShipping() }
}
