// entry.resolveShortLink: where a short link (/l/<code>) leads, for the route that redirects
// it. Public: the visitor is a browser outside WeChat. An expired link answers expired: true
// and no location, so the page can say so; an unknown code is NOT_FOUND.
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { shortLinks } from '../db/schema'
import { defineOperation } from '../operation'
import { SHORT_CODE } from './short-links'

export interface ResolvedShortLink {
  linkId: string
  location: string | null
  expiresAt: string
  expired: boolean
}

export const resolveShortLink = defineOperation({
  input: z.object({ code: z.string().regex(SHORT_CODE, '短链接格式不正确') }).strict(),
  access: 'public',
  async run(ctx, { code }): Promise<ResolvedShortLink> {
    const [row] = await ctx.db.select().from(shortLinks).where(eq(shortLinks.code, code)).limit(1)
    if (!row) throw new AppError('NOT_FOUND', '短链接不存在')
    const expired = row.expiresAt.getTime() <= ctx.now().getTime()
    return { linkId: row.linkId, location: expired ? null : row.location, expiresAt: row.expiresAt.toISOString(), expired }
  },
})
