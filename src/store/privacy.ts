// Privacy consent on this device: the consent state machine (src/domain/privacy-consent.ts)
// driven by WeChat's onNeedPrivacyAuthorization (weapp) and by our own check before storing
// personal data (H5), answered by the consent sheet. The answer is kept on the device.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import {
  consentTransition,
  INITIAL_CONSENT,
  type ConsentEvent,
  type ConsentOutcome,
  type ConsentState,
} from '@/domain/privacy-consent'
import { askPlatformConsent, readPlatformPrivacySetting, watchPlatformPrivacy } from '@/services/privacy-platform'
import { taroStorage } from './taro-storage'

interface Waiting {
  settle(outcome: ConsentOutcome): void
  expose?(): void
}

interface PrivacyState {
  consent: ConsentState
  /** Consent sheets currently mounted: with none, nobody could answer, so calls fail at once. */
  sheets: number
  agree(): void
  disagree(): void
  /** Called by a mounted sheet; returns its unmount. */
  mountSheet(): () => void
}

const waiting = new Map<string, Waiting>()
let nextId = 0

export const usePrivacy = create<PrivacyState>()(
  persist(
    (set, get) => ({
      consent: INITIAL_CONSENT,
      sheets: 0,
      agree: () => apply({ type: 'agree' }),
      disagree: () => apply({ type: 'disagree' }),
      mountSheet() {
        set({ sheets: get().sheets + 1 })
        return () => set({ sheets: Math.max(0, get().sheets - 1) })
      },
    }),
    {
      name: 'xiaodian.privacy',
      version: 1,
      storage: createJSONStorage(() => taroStorage),
      // Only the answer is kept; calls waiting for it do not survive a restart.
      partialize: (state) => ({ consent: { status: state.consent.status, pending: [] } }),
    },
  ),
)

function apply(event: ConsentEvent): void {
  const step = consentTransition(usePrivacy.getState().consent, event)
  usePrivacy.setState({ consent: step.state })
  for (const effect of step.effects) {
    for (const id of effect.ids) {
      const call = waiting.get(id)
      if (effect.type === 'expose') call?.expose?.()
      else {
        waiting.delete(id)
        call?.settle(effect.outcome)
      }
    }
  }
}

function need(call: Waiting, tapped: boolean): void {
  const id = `c${++nextId}`
  waiting.set(id, call)
  apply({ type: 'need', id, tapped, sheetAvailable: usePrivacy.getState().sheets > 0 })
}

/** Asks with our own sheet (unless already answered); resolves true when the shopper agreed. */
export function requestPrivacyConsent(options: { tapped: boolean } = { tapped: true }): Promise<boolean> {
  return new Promise((resolve) => need({ settle: (outcome) => resolve(outcome === 'agree') }, options.tapped))
}

/**
 * Call at a tap, before storing personal data (an address, a nickname, an avatar). On weapp
 * WeChat decides whether to ask (it remembers consent); on H5 our own answer does.
 */
export function ensurePrivacyConsent(): Promise<boolean> {
  return askPlatformConsent(() => requestPrivacyConsent({ tapped: true }))
}

// WeChat's own privacy-bound APIs and components all start at a tap (chooseAddress, the
// avatar button, the nickname input), so their requests count as tapped.
watchPlatformPrivacy((request) => need(request, true))
readPlatformPrivacySetting((needsAuthorization) => apply({ type: 'platform', needsAuthorization }))
