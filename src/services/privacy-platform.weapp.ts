// weapp: WeChat holds privacy-bound APIs and components (chooseAddress, chooseAvatar, the
// nickname input, getPhoneNumber) until onNeedPrivacyAuthorization is resolved; we answer with
// our own sheet and its agreePrivacyAuthorization button (DESIGN.md section 5).
import Taro from '@tarojs/taro'
import type { PlatformPrivacyRequest } from './privacy-types'

export type { PlatformPrivacyRequest } from './privacy-types'

/** WeChat checks that the button with this id fired agreePrivacyAuthorization before 'agree'. */
export const AGREE_BUTTON_ID = 'privacy-agree'

export function watchPlatformPrivacy(onNeed: (request: PlatformPrivacyRequest) => void): void {
  // Base libraries before 2.32.3 have no privacy API: their own flow applies.
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve, info) => {
    onNeed({
      referrer: info?.referrer ?? '',
      expose: () => resolve({ event: 'exposureAuthorization' }),
      settle: (outcome) => resolve(outcome === 'agree' ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' }),
    })
  })
}

export function readPlatformPrivacySetting(onSetting: (needsAuthorization: boolean) => void): void {
  if (typeof Taro.getPrivacySetting !== 'function') return
  Taro.getPrivacySetting({ success: (res) => onSetting(res.needAuthorization) })
}

/**
 * Before storing personal data typed into a form (no privacy API involved), ask WeChat to run
 * its privacy check: it calls onNeedPrivacyAuthorization, i.e. our sheet, only when needed.
 */
export function askPlatformConsent(_askOurselves: () => Promise<boolean>): Promise<boolean> {
  if (typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true)
  return new Promise((resolve) => {
    Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) })
  })
}

export function openPrivacyContract(): void {
  Taro.openPrivacyContract({ fail: () => Taro.navigateTo({ url: '/packages/account/pages/privacy/index' }) })
}
