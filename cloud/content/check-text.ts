// Content security for everything a user writes (reviews, comments, names, nicknames): risky
// text is refused with CONTENT_RISKY, text needing review is kept hidden until the merchant
// approves it; every verdict is recorded.
import { AppError } from '../../src/domain/errors'
import type { Ctx } from '../context'

import { newId } from '../db/ids'
import { contentChecks } from '../db/schema'
import type { ContentScene } from '../platform/platform'

export type CheckedStatus = 'visible' | 'held'

/**
 * Checks `text` written by `openid`; returns 'visible' or 'held', or throws CONTENT_RISKY.
 * The verdict is recorded outside any transaction of the caller, so a refusal is kept too.
 */
export async function checkText(
  ctx: Ctx,
  input: { text: string; openid: string; scene: ContentScene; purpose: string },
): Promise<CheckedStatus> {
  const verdict = await ctx.platform.content.checkText({ text: input.text, openid: input.openid, scene: input.scene })
  await ctx.db.insert(contentChecks).values({
    id: newId(),
    openid: input.openid,
    scene: input.purpose,
    text: input.text.slice(0, 2500),
    suggest: verdict.suggest,
    label: verdict.label,
  })
  if (verdict.suggest === 'risky') throw new AppError('CONTENT_RISKY', undefined, { label: verdict.label })
  return verdict.suggest === 'review' ? 'held' : 'visible'
}

