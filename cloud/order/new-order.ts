// The order row order.create writes and the answer it gives, shared by its two paths (the fast
// one statement and the locked transaction), so both write and answer exactly the same thing.
import { AppError } from '../../src/domain/errors'
import type { Entry } from '../../src/domain/entry'
import { validateAddress, type AddressFields } from '../../src/domain/address'
import { PAYMENT_WINDOW_MS } from '../../src/domain/order-state'
import type { Order } from '../../src/domain/order-types'
import { newId } from '../db/ids'
import type { CreateInput } from './order-input'
import { orderView, type OrderRow } from './order-view'
import type { PricedRequest } from './price-lines'

export interface NewOrderFacts {
  buyer: string
  requestHash: string
  entry: Entry | null
  now: Date
}

/** A new order's row before its number is known (seq and orderNo are the database's). */
export function newOrderRow(
  input: CreateInput,
  { buyer, requestHash, entry, now }: NewOrderFacts,
  money: { itemsTotal: number; deliveryFee: number; discount: number; total: number },
  id: string = newId(),
): OrderRow {
  return {
    id,
    seq: 0,
    orderNo: null,
    buyerOpenid: buyer,
    storeId: input.storeId,
    status: 'pending_payment',
    ...money,
    userCouponId: input.userCouponId ?? null,
    delivery: input.delivery,
    address: input.address ? cleanAddress(input.address) : null,
    note: input.note?.trim() ?? '',
    entry,
    visitId: entry ? (input.visitId ?? null) : null,
    idempotencyKey: input.idempotencyKey,
    requestHash,
    expiresAt: new Date(now.getTime() + PAYMENT_WINDOW_MS),
    paidAt: null,
    shippedAt: null,
    completedAt: null,
    cancelledAt: null,
    cancelReason: null,
    refundFrom: null,
    refundReason: null,
    refundRequestedAt: null,
    refundDecisionReason: null,
    refundedAt: null,
    carrier: null,
    trackingNo: null,
    refundDue: false,
    createdAt: now,
    updatedAt: now,
  }
}

/** The answer for an order just written from `row` and `priced`, without reading it back. */
export function createdOrder(row: OrderRow, priced: PricedRequest): Order {
  const items = priced.lines.map(({ skuId, productId, title, image, specs, price, quantity }) => ({
    skuId,
    productId,
    title,
    image,
    specs,
    price,
    quantity,
  }))
  return asCreated(orderView(row, items, priced.storeName))
}

/**
 * The answer as it was when the order was made: a repeat, however late, returns the first
 * answer (DESIGN.md section 3), not the order's later life (order.get gives that).
 */
export function asCreated(order: Order): Order {
  return {
    ...order,
    status: 'pending_payment',
    paidAt: null,
    shippedAt: null,
    completedAt: null,
    cancelledAt: null,
    cancelReason: null,
    refundReason: null,
    refundRequestedAt: null,
    refundedAt: null,
    refundDecisionReason: null,
    carrier: null,
    trackingNo: null,
    refundDue: false,
  }
}

/** The address as the address book stores it (normalised); the schema has already checked it. */
export function cleanAddress(address: AddressFields): AddressFields {
  const checked = validateAddress(address)
  if (!checked.ok) throw new AppError('VALIDATION_FAILED', Object.values(checked.errors)[0] ?? '收货地址不正确')
  return checked.value
}
