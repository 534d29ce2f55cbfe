// entry.getLink: what the web landing page needs to lead a browser visitor on — public, since
// the visitor is outside WeChat. An expired link answers expired: true and no URL, so the page
// can say so plainly.
import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import type { PublicLink } from '../../src/domain/entry-wire'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { entryCodes } from '../db/schema'
import { defineOperation } from '../operation'

export const getLink = defineOperation({
  input: z.object({ id: idSchema }).strict(),
  access: 'public',
  async run(ctx, { id }): Promise<PublicLink> {
    const [row] = await ctx.db
      .select()
      .from(entryCodes)
      .where(and(eq(entryCodes.id, id), eq(entryCodes.kind, 'link')))
      .limit(1)
    if (!row) throw new AppError('NOT_FOUND', '链接不存在')
    const expired = row.expiresAt !== null && row.expiresAt.getTime() <= ctx.now().getTime()
    return {
      id: row.id,
      storeId: row.storeId,
      productId: row.productId,
      roomId: row.roomId,
      channel: row.channel,
      url: expired ? null : row.url,
      path: row.path,
      query: expired ? {} : row.query,
      expiresAt: row.expiresAt ? row.expiresAt.toISOString() : null,
      expired,
    }
  },
})
