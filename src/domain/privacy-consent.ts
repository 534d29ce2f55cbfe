// The privacy consent flow as a pure state machine (DESIGN.md section 5, "Privacy"). WeChat's
// onNeedPrivacyAuthorization (weapp) and our own "before storing personal data" check (H5)
// both feed it `need` events; the consent sheet feeds it `agree` / `disagree`. It answers with
// effects the store carries out: settle the waiting calls, tell WeChat the sheet was shown.
//
// Rules: a shopper who agreed is never asked again; one who declined keeps browsing and is
// asked again only when they tap something privacy-bound (address, avatar, phone) — a call that
// was not a tap fails quietly instead of nagging. Several calls waiting at once share one sheet.

export type ConsentStatus = 'unknown' | 'agreed' | 'declined'

export interface ConsentState {
  status: ConsentStatus
  /** Calls waiting for the shopper's answer; the sheet is open while there are any. */
  pending: readonly string[]
}

export type ConsentEvent =
  /** A privacy-bound call wants consent. `sheetAvailable` is false when no page can show it. */
  | { type: 'need'; id: string; tapped: boolean; sheetAvailable: boolean }
  | { type: 'agree' }
  | { type: 'disagree' }
  /** What the platform reports (weapp getPrivacySetting): whether it still needs consent. */
  | { type: 'platform'; needsAuthorization: boolean }

export type ConsentOutcome = 'agree' | 'disagree'

export type ConsentEffect =
  | { type: 'settle'; ids: string[]; outcome: ConsentOutcome }
  /** The sheet has just opened: WeChat wants to hear about it (exposureAuthorization). */
  | { type: 'expose'; ids: string[] }

export interface ConsentStep {
  state: ConsentState
  effects: ConsentEffect[]
}

export const INITIAL_CONSENT: ConsentState = { status: 'unknown', pending: [] }

export function isSheetOpen(state: ConsentState): boolean {
  return state.pending.length > 0
}

export function consentTransition(state: ConsentState, event: ConsentEvent): ConsentStep {
  switch (event.type) {
    case 'need': {
      if (state.pending.includes(event.id)) return { state, effects: [] }
      if (state.status === 'agreed') return settle(state, [event.id], 'agree')
      // Declined and not a tap: the shopper is browsing; do not ask again unprompted.
      if (state.status === 'declined' && !event.tapped) return settle(state, [event.id], 'disagree')
      if (!event.sheetAvailable) return settle(state, [event.id], 'disagree')
      const pending = [...state.pending, event.id]
      const effects: ConsentEffect[] = [{ type: 'expose', ids: [event.id] }]
      return { state: { ...state, pending }, effects }
    }
    case 'agree':
      return settleAll({ status: 'agreed', pending: state.pending }, 'agree')
    case 'disagree':
      return settleAll({ status: 'declined', pending: state.pending }, 'disagree')
    case 'platform':
      if (!event.needsAuthorization) return { state: { ...state, status: 'agreed' }, effects: [] }
      // The platform asks again, e.g. the Mini Program declared a new kind of data: an earlier
      // "agreed" no longer covers it. An earlier "declined" stands.
      return { state: state.status === 'agreed' ? { ...state, status: 'unknown' } : state, effects: [] }
  }
}

function settle(state: ConsentState, ids: string[], outcome: ConsentOutcome): ConsentStep {
  return { state, effects: [{ type: 'settle', ids, outcome }] }
}

function settleAll(state: ConsentState, outcome: ConsentOutcome): ConsentStep {
  const ids = [...state.pending]
  return { state: { status: state.status, pending: [] }, effects: ids.length > 0 ? [{ type: 'settle', ids, outcome }] : [] }
}

/** What the consent sheet says: what we collect and why, before the link to the full text. */
export const PRIVACY_SUMMARY: ReadonlyArray<{ what: string; why: string }> = [
  { what: '收货人、手机号码、收货地址', why: '用于配送商品和联系你，只保存在你的地址簿中' },
  { what: '微信头像、昵称', why: '用于展示你的个人资料和评价' },
  { what: '相册（仅你选择的照片）、相机', why: '用于上传商品、动态、评价和店铺标志的照片，保存分享海报' },
  { what: '剪贴板', why: '仅在你点击复制时写入订单号或链接，不读取' },
  { what: '订单与浏览来源', why: '用于处理订单、售后和统计店铺来源（不含个人身份）' },
]
