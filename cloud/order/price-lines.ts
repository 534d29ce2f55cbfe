// Prices a request from the database, never from what the client sent: the store, each SKU's
// current price and stock, and the totals. Inside order.create it locks the SKU rows (in id
// order, so two orders never wait on each other in a cycle) until the transaction ends.
import { asc, eq, inArray } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import { formatFen } from '../../src/domain/money'
import { MAX_ORDER_TOTAL, totalsOf, type DeliveryMethod, type Totals } from '../../src/domain/order-pricing'
import type { QuoteLine } from '../../src/domain/order-types'
import { describeSpecs } from '../../src/domain/spec-selection'
import type { Db, Tx } from '../db/client'
import { products, skus, stores } from '../db/schema'

export interface PricedRequest extends Totals {
  storeId: string
  storeName: string
  lines: QuoteLine[]
}

interface Request {
  storeId: string
  items: ReadonlyArray<{ skuId: string; quantity: number }>
  delivery: DeliveryMethod
}

function lineName(title: string, specs: Record<string, string>): string {
  const spec = describeSpecs(specs)
  return spec ? `「${title}（${spec}）」` : `「${title}」`
}

export async function priceLines(db: Db | Tx, request: Request, options: { lock?: boolean } = {}): Promise<PricedRequest> {
  const [store] = await db.select({ id: stores.id, name: stores.name }).from(stores).where(eq(stores.id, request.storeId)).limit(1)
  if (!store) throw new AppError('NOT_FOUND', '店铺不存在')

  const skuIds = request.items.map((item) => item.skuId)
  const query = db
    .select({
      skuId: skus.id,
      price: skus.price,
      stock: skus.stock,
      specs: skus.specs,
      productId: products.id,
      storeId: products.storeId,
      status: products.status,
      title: products.title,
      images: products.images,
    })
    .from(skus)
    .innerJoin(products, eq(products.id, skus.productId))
    .where(inArray(skus.id, skuIds))
    .orderBy(asc(skus.id))
  const rows = options.lock ? await query.for('update', { of: skus }) : await query
  const bySku = new Map(rows.map((row) => [row.skuId, row]))

  const lines: QuoteLine[] = []
  const short: Array<{ skuId: string; title: string; requested: number; available: number }> = []
  for (const item of request.items) {
    const row = bySku.get(item.skuId)
    if (!row || row.storeId !== request.storeId || row.status !== 'on_sale') {
      const name = row ? lineName(row.title, row.specs) : '商品'
      throw new AppError('NOT_FOUND', `${name}已下架或不存在`, { skuId: item.skuId })
    }
    if (row.stock < item.quantity) {
      short.push({ skuId: item.skuId, title: row.title, requested: item.quantity, available: row.stock })
    }
    lines.push({
      skuId: row.skuId,
      productId: row.productId,
      title: row.title,
      image: row.images[0] ?? '',
      specs: row.specs,
      price: row.price,
      quantity: item.quantity,
      stock: row.stock,
    })
  }
  if (short.length > 0) {
    const first = short[0]
    const line = lines.find((l) => l.skuId === first.skuId)!
    const left = first.available > 0 ? `仅剩 ${first.available} 件` : '已售罄'
    throw new AppError('OUT_OF_STOCK', `${lineName(line.title, line.specs)}库存不足，${left}`, {
      skuId: first.skuId,
      available: first.available,
      items: short,
    })
  }

  const totals = totalsOf(lines, request.delivery)
  if (totals.total > MAX_ORDER_TOTAL) {
    throw new AppError('VALIDATION_FAILED', `单笔订单金额不能超过 ${formatFen(MAX_ORDER_TOTAL)}`)
  }
  if (totals.total < 1) throw new AppError('VALIDATION_FAILED', '订单金额必须大于 ¥0.00')
  return { storeId: store.id, storeName: store.name, lines, ...totals }
}
