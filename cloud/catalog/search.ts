import { and, arrayContains, ilike, or, sql, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Product } from '../../src/domain/catalog'
import type { Page } from '../../src/domain/envelope'
import { normalizeHashtag } from '../../src/domain/hashtags'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { products } from '../db/schema'
import { defineOperation } from '../operation'
import { onSaleRows } from './on-sale-page'
import { toProduct, type ProductRow, type ProductViewExtras } from './product-view'
import { encodeCursor } from './cursor'
import { decodeSearchCursor, encodeExactCursor, type SearchCursor } from './search-cursor'
import { text } from '../../src/domain/text-schema'

/** LIKE treats % and _ as wildcards; a shopper's text must match literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/**
 * On-sale products whose title contains the words, or that carry them as a hashtag: titles
 * equal to the words first, then the others, each newest first. The search tokens' GIN index
 * narrows the titles (the ILIKE only confirms), the hashtags' GIN index the hashtags, and the
 * (lower(title), seq) index serves the exact part.
 */
export const search = defineOperation({
  input: z
    .object({ q: text({ max: 50, min: 1, trim: true }), storeId: idSchema.optional(), cursor: cursorSchema, limit: limitSchema })
    .strict(),
  access: 'public',
  async run(ctx, input): Promise<Page<Product>> {
    const words = input.q.normalize('NFKC')
    const tag = normalizeHashtag(words)
    const exact = sql`lower(${products.title}) = lower(${words}::text)`
    const titleContains = and(
      sql`${products.searchTokens} @> catalog_query_tokens(${words}::text)`,
      ilike(products.title, likePattern(words)),
    )!
    const contains = tag ? or(titleContains, arrayContains(products.hashtags, [tag]))! : titleContains
    const rest: SQL = and(contains, sql`lower(${products.title}) <> lower(${words}::text)`)!

    const want = input.limit + 1
    const from: SearchCursor = decodeSearchCursor(input.cursor)
    const rows: Array<ProductRow & ProductViewExtras & { part: SearchCursor['part'] }> = []
    let restAfter = from.after
    let ceiling: number | null = null
    if (from.part === 'exact') {
      const found = await onSaleRows(ctx, { storeId: input.storeId, after: from.after, limit: want }, [exact])
      rows.push(...found.map((row) => ({ ...row, part: 'exact' as const })))
      ceiling = from.ceiling
      restAfter = ceiling === null ? null : ceiling + 1
    }
    if (rows.length < want) {
      const found = await onSaleRows(ctx, { storeId: input.storeId, after: restAfter, limit: want - rows.length }, [rest])
      rows.push(...found.map((row) => ({ ...row, part: 'rest' as const })))
    }
    let nextCursor: string | null = null
    if (rows.length > input.limit) {
      const last = rows[input.limit - 1]
      const next = rows[input.limit]
      if (next.part === 'rest') {
        // The rest part goes on from the row after the last one served (or from `next` itself).
        nextCursor = encodeCursor(last.part === 'rest' ? last.seq : next.seq + 1)
      } else {
        // Still inside the exact part: pin the rest part below the newest product there is now.
        ceiling ??= (await onSaleRows(ctx, { after: null, limit: 1 }, []))[0]?.seq ?? last.seq
        nextCursor = encodeExactCursor(last.seq, ceiling)
      }
    }
    const page = rows.slice(0, input.limit).map(({ part: _part, ...row }) => row)
    return { items: page.map((row) => toProduct(row)), nextCursor }
  },
})
