// Content security for what a merchant publishes (store and product names, intros,
// descriptions, hashtags). Risky text is refused like everywhere. Text the check sends to
// review is refused too, unlike a shopper's comment, which waits hidden for the merchant:
// nobody above the merchant approves their own storefront, and shoppers would see it at once.
import { AppError } from '../../src/domain/errors'
import { checkText } from '../content/check-text'
import type { Ctx } from '../context'
import type { ContentScene } from '../platform/platform'

export async function checkMerchantText(
  ctx: Ctx,
  input: { openid: string; parts: Array<string | undefined>; purpose: string; scene?: ContentScene },
): Promise<void> {
  const text = input.parts.filter((part): part is string => !!part && part.trim() !== '').join('\n')
  if (text === '') return
  const status = await checkText(ctx, { text, openid: input.openid, scene: input.scene ?? 1, purpose: input.purpose })
  if (status === 'held') {
    throw new AppError('CONTENT_RISKY', '内容疑似广告或站外交易信息（如联系方式），请修改后再发布', { suggest: 'review' })
  }
}
