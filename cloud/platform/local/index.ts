import type { Platform } from '../platform'
import { localContentCheck } from './content-check'
import { localEntryLinks } from './entry-links'
import { localLive } from './live'
import { localLogin } from './login'
import { localMessages } from './messages'
import { localPay } from './pay'
import { localShipping } from './shipping'

export interface LocalPlatformOptions {
  /** Base URL of the local cloud for links it hands out; PUBLIC_URL or port 3000 by default. */
  publicUrl?: () => string
}

const defaultPublicUrl = () => (process.env.PUBLIC_URL || `http://127.0.0.1:${process.env.PORT || 3000}`).replace(/\/+$/, '')

/** Every capability's local twin: what H5 development and the tests run on. */
export function localPlatform(options: LocalPlatformOptions = {}): Platform {
  return {
    kind: 'local',
    content: localContentCheck(),
    messages: localMessages(),
    entryLinks: localEntryLinks({ publicUrl: options.publicUrl ?? defaultPublicUrl }),
    live: localLive(),
    login: localLogin(),
    pay: localPay(),
    shipping: localShipping(),
  }
}
