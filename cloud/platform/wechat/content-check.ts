// security.msgSecCheck version 2 (WECHAT-API.md section 4). Text is capped at 2500 characters
// by the platform; longer text is checked in slices and the worst verdict wins.
import type { ContentCheckAdapter, ContentVerdict } from '../platform'
import type { WxCloud } from './sdk'

/** The openapi names this adapter calls, by method, for the functions' config.json permissions. */
export const CONTENT_CHECK_OPENAPI = { checkText: ['security.msgSecCheck'] }

const RANK = { pass: 0, review: 1, risky: 2 } as const

export function wechatContentCheck(cloud: WxCloud): ContentCheckAdapter {
  return {
    async checkText({ text, openid, scene }) {
      let worst: ContentVerdict = { suggest: 'pass', label: 100 }
      for (let i = 0; i < Math.max(text.length, 1); i += 2500) {
        const res = await cloud.openapi.security.msgSecCheck({ version: 2, openid, scene, content: text.slice(i, i + 2500) })
        const verdict: ContentVerdict = { suggest: res.result.suggest, label: Number(res.result.label) }
        if (RANK[verdict.suggest] > RANK[worst.suggest]) worst = verdict
      }
      return worst
    },
  }
}
