// Stores, products and orders for the cloud suites, one set of builders. Rows a suite starts
// from are inserted directly (openStore, addProduct, makeStore, insertOrder, insertVisit,
// insertComment); orders a suite tests through are placed and paid through the actions, as a
// shopper and WeChat would (orderRequest, placeOrder / tryOrder, payOrder, paidNotice / notifyPaid).
import type { Database } from '../../cloud/db/client'
import type { Answer } from '../../cloud/dispatch'
import { newId } from '../../cloud/db/ids'
import { comments, orderItems, orders, products, skus, stores, visits } from '../../cloud/db/schema'
import type { AddressFields as Address } from '../../src/domain/address'
import type { Entry } from '../../src/domain/entry'
import type { RequestOf } from '../../src/services/contract'
import { call, callOk, type CallOptions } from './test-db'

export interface Store {
  storeId: string
  ownerOpenid: string
}

export interface SkuSpec {
  price: number
  stock: number
  specs?: Record<string, string>
}

export interface Product {
  productId: string
  skuIds: string[]
  /** Stock each SKU started with. */
  initial: Map<string, number>
}

/** A store with one product and its SKUs, as the order suites start from. */
export interface Fixture extends Store, Product {}

type ProductStatus = 'draft' | 'on_sale' | 'off_shelf'
type OrderStatus = (typeof orders.$inferInsert)['status']

export const ADDRESS: Address = {
  userName: '张三',
  telNumber: '13800138000',
  provinceName: '广东省',
  cityName: '广州市',
  countyName: '海珠区',
  detailInfo: '新港中路397号',
}

export async function openStore(
  database: Database,
  options: { id?: string; ownerOpenid?: string; name?: string; hashtags?: string[]; pickupAddress?: string } = {},
): Promise<Store> {
  const storeId = options.id ?? newId()
  const ownerOpenid = options.ownerOpenid ?? `owner-${storeId}`
  await database.db.insert(stores).values({
    id: storeId,
    ownerOpenid,
    name: options.name ?? '测试小店',
    hashtags: options.hashtags ?? ['小店'],
    ...(options.pickupAddress !== undefined ? { pickupAddress: options.pickupAddress } : {}),
  })
  return { storeId, ownerOpenid }
}

/** A product with its SKUs (by default one, ¥10.00, 10 in stock). */
export async function addProduct(
  database: Database,
  storeId: string,
  options: { title?: string; status?: ProductStatus; images?: string[]; hashtags?: string[]; skus?: SkuSpec[]; price?: number; stock?: number } = {},
): Promise<Product & { skuId: string }> {
  const productId = newId()
  await database.db.insert(products).values({
    id: productId,
    storeId,
    title: options.title ?? '测试商品',
    images: options.images ?? ['/files/demo/mug-1.svg'],
    status: options.status ?? 'on_sale',
    ...(options.hashtags ? { hashtags: options.hashtags } : {}),
  })
  const specs = options.skus ?? [{ price: options.price ?? 1000, stock: options.stock ?? 10, specs: { 颜色: '白' } }]
  const skuIds: string[] = []
  const initial = new Map<string, number>()
  for (const [position, sku] of specs.entries()) {
    const id = newId()
    await database.db.insert(skus).values({ id, productId, position, price: sku.price, stock: sku.stock, specs: sku.specs ?? {} })
    skuIds.push(id)
    initial.set(id, sku.stock)
  }
  return { productId, skuIds, skuId: skuIds[0], initial }
}

/** A store that offers 到店自提 (as one that gave a pickup address when it opened), with one mug in these SKUs. */
export async function makeStore(
  database: Database,
  options: { skus: SkuSpec[]; title?: string; status?: ProductStatus; ownerOpenid?: string; pickupAddress?: string },
): Promise<Fixture> {
  const id = newId()
  const store = await openStore(database, {
    id,
    ownerOpenid: options.ownerOpenid,
    name: `测试小店${id.slice(0, 4)}`,
    hashtags: [],
    pickupAddress: options.pickupAddress ?? '测试路 1 号门店',
  })
  const product = await addProduct(database, store.storeId, {
    title: options.title ?? '手工陶瓷马克杯',
    images: ['/files/demo/mug.svg'],
    status: options.status ?? 'on_sale',
    skus: options.skus.map((sku, position) => ({ ...sku, specs: sku.specs ?? { 颜色: `色${position}` } })),
  })
  return { ...store, productId: product.productId, skuIds: product.skuIds, initial: product.initial }
}

/** An order row in a given state, as the order feature would have left it (no stock taken). */
export async function insertOrder(
  database: Database,
  options: {
    storeId: string
    buyer: string
    status: OrderStatus
    lines: Array<{ productId: string; skuId: string; price: number; quantity: number }>
    deliveryFee?: number
    entry?: Entry | null
    createdAt?: Date
    paidAt?: Date | null
  },
): Promise<{ orderId: string; total: number }> {
  const orderId = newId()
  const itemsTotal = options.lines.reduce((sum, line) => sum + line.price * line.quantity, 0)
  const deliveryFee = options.deliveryFee ?? 0
  const createdAt = options.createdAt ?? new Date()
  const unpaid = options.status === 'pending_payment' || options.status === 'cancelled'
  await database.db.insert(orders).values({
    id: orderId,
    buyerOpenid: options.buyer,
    storeId: options.storeId,
    status: options.status,
    itemsTotal,
    deliveryFee,
    total: itemsTotal + deliveryFee,
    delivery: 'express',
    entry: options.entry ?? null,
    expiresAt: new Date(createdAt.getTime() + 30 * 60_000),
    createdAt,
    paidAt: options.paidAt !== undefined ? options.paidAt : unpaid ? null : createdAt,
  })
  await database.db.insert(orderItems).values(
    options.lines.map((line) => ({ orderId, skuId: line.skuId, productId: line.productId, title: '测试商品', price: line.price, quantity: line.quantity })),
  )
  return { orderId, total: itemsTotal + deliveryFee }
}

export async function insertVisit(
  database: Database,
  options: { storeId: string; openid: string; source: Entry['source']; campaign?: string; createdAt?: Date },
): Promise<void> {
  const entry: Entry = { source: options.source, storeId: options.storeId, ...(options.campaign ? { campaign: options.campaign } : {}) }
  await database.db.insert(visits).values({
    id: newId(),
    openid: options.openid,
    launchId: newId(16),
    source: options.source,
    storeId: options.storeId,
    campaign: options.campaign ?? null,
    entry,
    createdAt: options.createdAt ?? new Date(),
  })
}

export async function insertComment(
  database: Database,
  options: { storeId: string; kind: 'review' | 'live' | 'post'; targetId: string; author: string; text?: string; status?: 'visible' | 'held' },
): Promise<string> {
  const id = newId()
  await database.db.insert(comments).values({
    id,
    kind: options.kind,
    storeId: options.storeId,
    targetId: options.targetId,
    authorOpenid: options.author,
    rating: options.kind === 'review' ? 4 : null,
    text: options.text ?? '不错',
    status: options.status ?? 'visible',
  })
  return id
}

let keys = 0
/** A fresh idempotency key, unique in this process. */
export const nextKey = (tag = 'order') => `${tag}-${Date.now().toString(36)}-${++keys}`

type CreateRequest = RequestOf<'order', 'create'>

/** What checkout sends for these lines ([SKU index, quantity]) of the store: express to ADDRESS, a fresh key. */
export function orderRequest(shop: Pick<Fixture, 'storeId' | 'skuIds'>, lines: Array<[sku: number, quantity: number]> = [[0, 1]], extra: Partial<CreateRequest> = {}): CreateRequest {
  return {
    storeId: shop.storeId,
    items: lines.map(([sku, quantity]) => ({ skuId: shop.skuIds[sku], quantity })),
    address: ADDRESS,
    delivery: 'express',
    idempotencyKey: nextKey(),
    ...extra,
  }
}

/** order.create as the buyer; throws unless it succeeds. */
export function placeOrder(database: Database, buyer: string, request: CreateRequest, options: CallOptions = {}) {
  return callOk(database, 'order', 'create', request, { openid: buyer, ...options })
}

/** order.create as the buyer, answering whatever the action answers (for races and refusals). */
export function tryOrder(database: Database, buyer: string, request: CreateRequest, options: CallOptions = {}): Promise<Answer> {
  return call(database, 'order', 'create', request, { openid: buyer, ...options })
}

/** The buyer pays through the simulated payment (what the local cloud does for 支付). */
export function payOrder(database: Database, buyer: string, orderId: string) {
  return callOk(database, 'payment', 'simulate', { orderId }, { openid: buyer })
}

/** An order placed and paid by the buyer. */
export async function paidOrder(database: Database, buyer: string, request: CreateRequest) {
  const order = await placeOrder(database, buyer, request)
  await payOrder(database, buyer, order.id)
  return order
}

/** WeChat's payment callback for the order's full amount (WECHAT-API.md section 1). */
export function paidNotice(order: { id: string; total: number }, extra: Record<string, unknown> = {}) {
  return {
    returnCode: 'SUCCESS',
    resultCode: 'SUCCESS',
    totalFee: order.total,
    transactionId: `4200${order.id}`,
    outTradeNo: order.id,
    ...extra,
  }
}

/** The payment platform delivers paidNotice(order). */
export function notifyPaid(database: Database, order: { id: string; total: number }, options: CallOptions = {}): Promise<Answer> {
  return call(database, 'payment', 'notify', paidNotice(order), { caller: 'platform', ...options })
}
