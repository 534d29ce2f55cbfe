// What the console's order card offers: the merchant's moves the order's state allows
// (order-state's transitions), narrowed to what the caller's store role may run.
import { actionsFor, type OrderStatus } from './order-state'
import { roleMay, type StoreRole } from './staff-roles'

export interface MerchantCardActions {
  /** 发货 / 通知自提 (merchant.ship). */
  ship: boolean
  /** 同意 / 拒绝退款 (merchant.decideRefund). */
  decideRefund: boolean
}

/** `role` is null until the caller's place in the store is known: nothing is offered then. */
export function merchantCardActions(status: OrderStatus, role: StoreRole | null): MerchantCardActions {
  const moves = actionsFor(status, 'merchant')
  const may = (action: string) => role !== null && roleMay(role, action)
  return {
    ship: moves.includes('ship') && may('merchant.ship'),
    decideRefund: (moves.includes('approveRefund') || moves.includes('refuseRefund')) && may('merchant.decideRefund'),
  }
}
