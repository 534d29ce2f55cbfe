// H5: no platform privacy API. The app asks with its own sheet before storing personal data,
// and the full text is our own page.
import Taro from '@tarojs/taro'
import type { PlatformPrivacyRequest } from './privacy-types'

export type { PlatformPrivacyRequest } from './privacy-types'

/** The id WeChat checks on the agree button (weapp); unused on H5. */
export const AGREE_BUTTON_ID = 'privacy-agree'

export function watchPlatformPrivacy(_onNeed: (request: PlatformPrivacyRequest) => void): void {}

export function readPlatformPrivacySetting(_onSetting: (needsAuthorization: boolean) => void): void {}

/** Asks for consent through our own sheet. */
export function askPlatformConsent(askOurselves: () => Promise<boolean>): Promise<boolean> {
  return askOurselves()
}

export function openPrivacyContract(): void {
  void Taro.navigateTo({ url: '/packages/account/pages/privacy/index' })
}
