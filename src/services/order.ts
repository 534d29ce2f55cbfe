// Order calls for the shopper and the merchant, reshaped for the UI: stored image paths
// become loadable URLs. Pages never see the wire.
import type { RequestOf } from './contract'
import type { Page } from '@/domain/envelope'
import type { OrderStatus } from '@/domain/order-state'
import type {
  CartItemInfo,
  CreateOrderRequest,
  MerchantOrderPage,
  Order,
  OrderRequest,
  PayStart,
  Quote,
} from '@/domain/order-types'
import { callCloud } from './cloud'
import { assetUrl } from './config'

function withUrls<T extends { items: Array<{ image: string }> }>(value: T): T {
  return { ...value, items: value.items.map((item) => ({ ...item, image: assetUrl(item.image) })) }
}

export async function getCartItems(skuIds: string[]): Promise<CartItemInfo[]> {
  if (skuIds.length === 0) return []
  const answer = await callCloud('order', 'getCartItems', { skuIds })
  return answer.items.map((item) => ({ ...item, image: assetUrl(item.image) }))
}

export async function quoteOrder(request: OrderRequest): Promise<Quote> {
  return withUrls(await callCloud('order', 'quote', { ...request }))
}

/** Safe to repeat: the idempotency key makes a retry return the same order. */
export async function createOrder(request: CreateOrderRequest): Promise<Order> {
  return withUrls(await callCloud('order', 'create', { ...request }))
}

export async function getOrder(orderId: string): Promise<Order> {
  return withUrls(await callCloud('order', 'get', { orderId }))
}

export async function listOrders(query: { status?: OrderStatus[]; cursor?: string | null; limit?: number }): Promise<Page<Order>> {
  const data: RequestOf<'order', 'list'> = { cursor: query.cursor ?? null, limit: query.limit ?? 10 }
  if (query.status && query.status.length > 0) data.status = query.status
  const page = await callCloud('order', 'list', data)
  return { items: page.items.map(withUrls), nextCursor: page.nextCursor }
}

export async function cancelOrder(orderId: string): Promise<Order> {
  return withUrls(await callCloud('order', 'cancel', { orderId }))
}

export async function confirmReceipt(orderId: string): Promise<Order> {
  return withUrls(await callCloud('order', 'confirmReceipt', { orderId }))
}

export async function requestRefund(orderId: string, reason: string): Promise<Order> {
  return withUrls(await callCloud('order', 'requestRefund', { orderId, reason }))
}

export function startPayment(orderId: string): Promise<PayStart> {
  return callCloud('order', 'pay', { orderId })
}

/** Local only: the cloud runs the payment callback as if WeChat had called it. */
export async function simulatePayment(orderId: string): Promise<Order> {
  return withUrls(await callCloud('payment', 'simulate', { orderId }))
}

export async function listStoreOrders(query: { storeId: string; status?: OrderStatus[]; cursor?: string | null; limit?: number; q?: string }): Promise<MerchantOrderPage> {
  const data: RequestOf<'merchant', 'listOrders'> = { storeId: query.storeId, cursor: query.cursor ?? null, limit: query.limit ?? 10 }
  if (query.status && query.status.length > 0) data.status = query.status
  if (query.q) data.q = query.q
  const page = await callCloud('merchant', 'listOrders', data)
  return { ...page, items: page.items.map(withUrls) }
}

export async function shipOrder(input: { orderId: string; carrier?: string; trackingNo?: string }): Promise<Order> {
  return withUrls(await callCloud('merchant', 'ship', { ...input }))
}

export async function decideRefund(input: { orderId: string; approve: boolean; reason?: string }): Promise<Order> {
  return withUrls(await callCloud('merchant', 'decideRefund', { ...input }))
}
