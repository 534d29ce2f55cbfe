// order.logistics, apart from the other order calls: only the order page (a subpackage) needs
// it, and services/order.ts is also in the main package through the cart.
import type { Logistics } from '@/domain/logistics'
import { callCloud } from './cloud'

/** 物流详情: the parcel's trace (the cloud keeps WeChat's answer a few minutes). */
export function getLogistics(orderId: string): Promise<Logistics> {
  return callCloud('order', 'logistics', { orderId })
}
