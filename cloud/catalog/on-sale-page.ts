// One page of on-sale products matching some conditions, newest first: the shared read behind
// listProducts, listTopic and search.
import { and, desc, eq, lt, type SQL } from 'drizzle-orm'
import type { Product } from '../../src/domain/catalog'
import type { Page } from '../../src/domain/envelope'
import type { Ctx } from '../context'
import { products } from '../db/schema'
import { decodeCursor, pageOf } from './cursor'
import { toProducts } from './product-view'

export async function onSalePage(
  ctx: Ctx,
  input: { storeId?: string; cursor?: string | null; limit: number },
  conditions: SQL[],
): Promise<Page<Product>> {
  const after = decodeCursor(input.cursor)
  const where: SQL[] = [eq(products.status, 'on_sale'), ...conditions]
  if (input.storeId) where.push(eq(products.storeId, input.storeId))
  if (after !== null) where.push(lt(products.seq, after))
  const rows = await ctx.db
    .select()
    .from(products)
    .where(and(...where))
    .orderBy(desc(products.seq))
    .limit(input.limit + 1)
  const page = pageOf(rows, input.limit)
  return { items: await toProducts(ctx.db, page.rows), nextCursor: page.nextCursor }
}
