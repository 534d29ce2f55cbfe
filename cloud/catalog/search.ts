import { ilike, or, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Product } from '../../src/domain/catalog'
import type { Page } from '../../src/domain/envelope'
import { normalizeHashtag } from '../../src/domain/hashtags'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { products } from '../db/schema'
import { defineOperation } from '../operation'
import { onSalePage } from './on-sale-page'
import { text } from '../../src/domain/text-schema'

/** LIKE treats % and _ as wildcards; a shopper's text must match literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** On-sale products whose title contains the words, or that carry them as a hashtag. */
export const search = defineOperation({
  input: z
    .object({ q: text({ max: 50, min: 1, trim: true }), storeId: idSchema.optional(), cursor: cursorSchema, limit: limitSchema })
    .strict(),
  access: 'public',
  async run(ctx, input): Promise<Page<Product>> {
    const text = input.q.normalize('NFKC')
    const tag = normalizeHashtag(text)
    const matches = [ilike(products.title, likePattern(text))]
    if (tag) matches.push(sql`${tag} = any(${products.hashtags})`)
    return onSalePage(ctx, input, [or(...matches)!])
  },
})
