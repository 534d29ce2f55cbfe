// Prices a request from the database, never from what the client sent: each SKU's current
// price and stock (of an on-sale product of the requested store), and the totals. Inside
// order.create it locks the SKU rows (in id order, so two orders never wait on each other in
// a cycle) until the transaction ends. The delivery fee follows the store's shipping rules
// (read in the same statement) and the address's province; pickup only where the store offers it.
import { sql } from 'drizzle-orm'
import { AppError } from '../../src/domain/errors'
import { formatFen } from '../../src/domain/money'
import { MAX_ORDER_TOTAL, totalsOf, type DeliveryMethod, type Destination, type Totals } from '../../src/domain/order-pricing'
import type { QuoteLine } from '../../src/domain/order-types'
import { normalizeProvince } from '../../src/domain/address'
import { offersPickup } from '../../src/domain/shipping'
import { describeSpecs } from '../../src/domain/spec-selection'
import type { Db, Tx } from '../db/client'
import { rowsOf } from '../db/rows'
import type { Prepared } from '../db/prepared'
import { toShippingRules, type ShippingRulesRow } from '../shipping/rules-view'

export interface PricedRequest extends Totals {
  storeId: string
  storeName: string
  lines: QuoteLine[]
  delivery: DeliveryMethod
  /** The rules and province the fee was worked out from, for pricing again with a coupon. */
  destination: Destination
  /** The store's low-stock alert line (0: off), read in the same statement for the alert. */
  lowStock: number
}

export interface SkuRow {
  skuId: string
  price: number
  stock: number
  specs: Record<string, string>
  productId: string
  storeId: string
  storeName: string
  status: string
  title: string
  /** The first image no verdict has ruled risky, or ''. */
  image: string
  pickupAddress: string
  /** The store's saved shipping rules; null when it never saved any. */
  shipping: Pick<ShippingRulesRow, 'baseFee' | 'freeOver' | 'regions' | 'pickupEnabled' | 'pickupHours'> | null
  lowStock: number
}

interface Request {
  storeId: string
  items: ReadonlyArray<{ skuId: string; quantity: number }>
  delivery: DeliveryMethod
  address?: { provinceName: string }
}

function lineName(title: string, specs: Record<string, string>): string {
  const spec = describeSpecs(specs)
  return spec ? `「${title}（${spec}）」` : `「${title}」`
}

/**
 * `pickupPoint`: the caller collects at a pickup point of its own (a 接龙's), not at the store's
 * counter, so the store's pickup setting does not apply.
 */
export async function priceLines(db: Db | Tx, request: Request, options: { lock?: boolean; pickupPoint?: boolean } = {}): Promise<PricedRequest> {
  const skuIds = request.items.map((item) => item.skuId)
  const [head, tail] = PRICES.text.split('$1')
  const result = await db.execute(sql`${sql.raw(head)}${sql.param(skuIds)}${sql.raw(tail)}${options.lock ? sql` for update of s` : sql``}`)
  return priceRows(rowsOf<SkuRow>(result), request, options)
}

/**
 * Each requested SKU's price, stock, product and store, and the store's shipping rules and
 * low-stock line, in id order. Plain SQL rather than the query builder, and a named prepared
 * statement where it runs unlocked (order.create's fast path): this runs inside every
 * order.create, whose budget is measured against bare SQL (bench/order-create.ts).
 */
export const PRICES: Prepared = {
  name: 'order_prices_v1',
  text: `
    select s.id as "skuId", s.price, s.stock, s.specs, p.id as "productId", p.store_id as "storeId",
      st.name as "storeName", p.status, p.title, st.pickup_address as "pickupAddress",
      (select json_build_object('baseFee', r.base_fee, 'freeOver', r.free_over, 'regions', r.regions,
        'pickupEnabled', r.pickup_enabled, 'pickupHours', r.pickup_hours)
        from shipping_rules r where r.store_id = st.id) as "shipping",
      coalesce((select a.low_stock from alert_settings a where a.store_id = st.id), 0) as "lowStock",
      -- The snapshot image shoppers see in the quote and the order: never one ruled risky.
      coalesce((
        select i.image from unnest(p.images) with ordinality as i(image, n)
        where not exists (select 1 from media_checks m where m.image = i.image and m.suggest = 'risky')
        order by i.n limit 1
      ), '') as "image"
    from skus s
      join products p on p.id = s.product_id
      join stores st on st.id = p.store_id
    where s.id = any($1::text[])
    order by s.id`,
}

/** The request priced from the rows PRICES read (its one parameter: the requested SKU ids). */
export function priceRows(rows: readonly SkuRow[], request: Request, options: { pickupPoint?: boolean } = {}): PricedRequest {
  const bySku = new Map(rows.map((row) => [row.skuId, row]))

  const lines: QuoteLine[] = []
  const short: Array<{ skuId: string; title: string; requested: number; available: number }> = []
  for (const item of request.items) {
    const row = bySku.get(item.skuId)
    if (!row || row.storeId !== request.storeId || row.status !== 'on_sale') {
      const name = row?.status === 'on_sale' ? lineName(row.title, row.specs) : '商品'
      throw new AppError('NOT_FOUND', `${name}已下架或不属于这家店铺`, { skuId: item.skuId })
    }
    if (row.stock < item.quantity) {
      short.push({ skuId: item.skuId, title: row.title, requested: item.quantity, available: row.stock })
    }
    lines.push({
      skuId: row.skuId,
      productId: row.productId,
      title: row.title,
      image: row.image,
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

  const rules = toShippingRules(rows[0].shipping, rows[0].pickupAddress)
  if (request.delivery === 'pickup' && !options.pickupPoint && !offersPickup(rules)) {
    throw new AppError('VALIDATION_FAILED', '这家店铺暂不提供到店自提，请选择快递配送', {
      issues: [{ path: 'delivery', message: '这家店铺暂不提供到店自提，请选择快递配送' }],
    })
  }
  const provinceName = request.address ? normalizeProvince(request.address.provinceName) : null
  const destination = { rules, provinceName }
  const totals = totalsOf(lines, request.delivery, destination)
  if (totals.total > MAX_ORDER_TOTAL) {
    throw new AppError('VALIDATION_FAILED', `单笔订单金额不能超过 ${formatFen(MAX_ORDER_TOTAL)}`)
  }
  if (totals.total < 1) throw new AppError('VALIDATION_FAILED', '订单金额必须大于 ¥0.00')
  return { storeId: request.storeId, storeName: rows[0].storeName, lines, delivery: request.delivery, destination, lowStock: rows[0].lowStock, ...totals }
}

/** The request's money once a coupon takes `discount` off: the fee may change with it (free-over). */
export function withDiscount(priced: PricedRequest, discount: number): Totals & { discount: number } {
  return { ...totalsOf(priced.lines, priced.delivery, priced.destination, discount), discount }
}
