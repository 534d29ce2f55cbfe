// entry.createLink: a URL Link (valid at most 30 days) for posting outside WeChat — on Weibo
// (src=weibo) or any web page (src=link) — with the campaign in its query, plus the web
// landing page that leads to it and a URL Scheme for texts and apps.
import { z } from 'zod'
import { linkQuery, pageOf } from '../../src/domain/entry-codec'
import type { CreatedLink } from '../../src/domain/entry-wire'
import { newId } from '../db/ids'
import { entryCodes } from '../db/schema'
import { defineOperation } from '../operation'
import { toCodeView } from './code-view'
import { oneTarget, oneTargetMessage, targetFields } from './schemas'
import { createShortLink } from './short-links'
import { ownedTarget } from './target'
import { WRITES } from '../limits/rate-limit'

export const MAX_LINK_DAYS = 30
const DAY_MS = 86_400_000
// WeChat refuses expiry beyond 30 days by its own clock; stay a little inside it.
const CLOCK_MARGIN_MS = 5 * 60_000

export const createLinkInput = z
  .object({
    ...targetFields,
    channel: z.enum(['weibo', 'web']),
    expireDays: z.number().int().min(1).max(MAX_LINK_DAYS).default(MAX_LINK_DAYS),
  })
  .strict()
  .refine(oneTarget, oneTargetMessage)

export const createLink = defineOperation({
  input: createLinkInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<CreatedLink> {
    const { openid, target } = await ownedTarget(ctx, input)
    const now = ctx.now()
    const expiresAt = new Date(
      Math.min(now.getTime() + input.expireDays * DAY_MS, now.getTime() + MAX_LINK_DAYS * DAY_MS - CLOCK_MARGIN_MS),
    )
    const id = newId()
    const page = pageOf(target)
    const query = linkQuery(target, { channel: input.channel, campaign: input.campaign, code: id })
    const links = ctx.platform.entryLinks
    const [{ url }, { openlink }] = await Promise.all([
      links.createUrlLink({ page, query, expiresAt }),
      links.createUrlScheme({ page, query, expiresAt }),
    ])
    const webBase = links.webBase()
    const { row, shortUrl } = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(entryCodes)
        .values({
          id,
          kind: 'link',
          storeId: input.storeId,
          productId: target.kind === 'product' ? target.productId : null,
          roomId: target.kind === 'room' ? target.roomId : null,
          campaign: input.campaign ?? null,
          channel: input.channel,
          path: page,
          query,
          url,
          expiresAt,
          createdBy: openid,
        })
        .returning()
      return { row, shortUrl: await createShortLink(tx, webBase, { id, storeId: input.storeId, expiresAt }) }
    })
    // The scheme is handed out once, for the merchant to paste into texts; the landing page
    // and the console use the URL Link, which WeChat's own page hands over on every phone.
    return { ...toCodeView(row, now, webBase, shortUrl), scheme: openlink }
  },
})
