// 批量发货's call, kept out of services/order.ts: that file ships in the weapp main package
// (the cart uses it), this one only in the merchant subpackage.
import type { ShipManyAnswer } from '@/domain/batch-ship'
import { callCloud } from './cloud'
import { assetUrl } from './config'

/** One result per order, shipped or refused with its reason; line images as loadable URLs. */
export async function shipOrders(storeId: string, orders: Array<{ orderId: string; carrier?: string; trackingNo?: string }>): Promise<ShipManyAnswer> {
  const answer = await callCloud('merchant', 'shipMany', { storeId, orders })
  return {
    results: answer.results.map((result) =>
      result.ok ? { ...result, order: { ...result.order, items: result.order.items.map((item) => ({ ...item, image: assetUrl(item.image) })) } } : result,
    ),
  }
}
