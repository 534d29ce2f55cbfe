import { sql } from 'drizzle-orm'
import { z } from 'zod'
import { idSchema } from '../../src/domain/validation'
import { rowsOf } from '../db/rows'
import { defineOperation } from '../operation'
import { rememberedCount } from './hashtag-cache'

export interface HashtagCount {
  hashtag: string
  count: number
}

/** The hashtags most used by on-sale products, of one store or of all: the home page's chips (counted at most once a minute). */
export const listHashtags = defineOperation({
  input: z.object({ storeId: idSchema.optional(), limit: z.number().int().min(1).max(50).default(12) }).strict(),
  access: 'public',
  async run(ctx, input): Promise<{ items: HashtagCount[] }> {
    const store = input.storeId ? sql`and p.store_id = ${input.storeId}` : sql``
    const key = `${input.storeId ?? ''}/${input.limit}`
    const items = await rememberedCount(ctx.db, key, ctx.now().getTime(), async () => {
      const result = await ctx.db.execute(sql`
        select tag as hashtag, count(*)::int as count
        from products p, unnest(p.hashtags) as tag
        where p.status = 'on_sale' ${store}
        group by tag
        order by count(*) desc, tag
        limit ${input.limit}`)
      return rowsOf<HashtagCount>(result)
    })
    return { items }
  },
})
