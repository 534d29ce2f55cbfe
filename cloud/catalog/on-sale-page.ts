// One page of on-sale products matching some conditions, newest first: the shared read behind
// listProducts, listTopic and search. Every condition it is given is index-backed (store,
// hashtag GIN, search tokens) and the order is the (status, seq) or (store, status, seq) index
// read backwards; a category's page is its (category, product_seq) index read in order, each
// row joined to its product. Either way a page costs the same at any catalog size.
import { and, desc, eq, getTableColumns, lt, type SQL } from 'drizzle-orm'
import type { Product } from '../../src/domain/catalog'
import type { Page } from '../../src/domain/envelope'
import type { Ctx } from '../context'
import { productCategories, products } from '../db/schema'
import { decodeCursor, pageOf } from './cursor'
import { productViewColumns, toProduct, type ProductRow, type ProductViewExtras } from './product-view'

// Everything but the search tokens, which only the database reads.
const { searchTokens: _tokens, ...pageColumns } = getTableColumns(products)

/**
 * Up to `limit` on-sale rows matching `conditions`, seq below `after`, newest first, each with
 * what makes it a Product (`toProduct`): a page is one statement. With `categoryId`, only the
 * products in that category.
 */
export function onSaleRows(
  ctx: Ctx,
  input: { storeId?: string; categoryId?: string; after: number | null; limit: number },
  conditions: SQL[],
): Promise<Array<ProductRow & ProductViewExtras>> {
  const where: SQL[] = [eq(products.status, 'on_sale'), ...conditions]
  if (input.storeId) where.push(eq(products.storeId, input.storeId))
  const columns = { ...pageColumns, ...productViewColumns }
  if (input.categoryId !== undefined) {
    // Keyset on the link's copy of the seq (equal to the product's), so the index gives the order.
    where.push(eq(productCategories.categoryId, input.categoryId))
    if (input.after !== null) where.push(lt(productCategories.productSeq, input.after))
    return ctx.db
      .select(columns)
      .from(productCategories)
      .innerJoin(products, eq(products.id, productCategories.productId))
      .where(and(...where))
      .orderBy(desc(productCategories.productSeq))
      .limit(input.limit)
  }
  if (input.after !== null) where.push(lt(products.seq, input.after))
  return ctx.db.select(columns).from(products).where(and(...where)).orderBy(desc(products.seq)).limit(input.limit)
}

export async function onSalePage(
  ctx: Ctx,
  input: { storeId?: string; categoryId?: string; cursor?: string | null; limit: number },
  conditions: SQL[],
): Promise<Page<Product>> {
  const rows = await onSaleRows(
    ctx,
    { storeId: input.storeId, categoryId: input.categoryId, after: decodeCursor(input.cursor), limit: input.limit + 1 },
    conditions,
  )
  const page = pageOf(rows, input.limit)
  return { items: page.rows.map((row) => toProduct(row)), nextCursor: page.nextCursor }
}
