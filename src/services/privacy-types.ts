/** A privacy-bound WeChat call waiting for the shopper's answer (onNeedPrivacyAuthorization). */
export interface PlatformPrivacyRequest {
  /** Which API or component asked, as WeChat reports it. */
  referrer: string
  /** Tells WeChat our sheet is showing (exposureAuthorization). */
  expose(): void
  /** Lets the call go on (agree, after the agree button was tapped) or fail (disagree). */
  settle(outcome: 'agree' | 'disagree'): void
}
