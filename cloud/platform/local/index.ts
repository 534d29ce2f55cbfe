import type { Platform } from '../platform'
import { localContentCheck } from './content-check'
import { localLogin } from './login'
import { localMessages } from './messages'

/** Every capability's local twin: what H5 development and the tests run on. */
export function localPlatform(): Platform {
  return { kind: 'local', content: localContentCheck(), messages: localMessages(), login: localLogin() }
}
