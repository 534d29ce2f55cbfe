// merchant: the store owner's console. Each feature keeps its actions in its own block.
import { decideRefund } from '../merchant-orders/decide-refund'
import { listOrders } from '../merchant-orders/list-orders'
import { ship } from '../merchant-orders/ship'
import type { FunctionTable } from '../operation'

/** Orders: listing by status, shipping, refund decisions (cloud/merchant-orders). */
const orderActions = { listOrders, ship, decideRefund } satisfies FunctionTable

export const merchant = {
  ...orderActions,
} satisfies FunctionTable
