// merchant.ship: a paid order leaves the store, with its carrier and tracking number (a
// pickup order is "ready to collect"). Orders paid through WeChat have the shipment uploaded
// to WeChat in the same transaction: if the upload fails nothing changes and the merchant
// retries. The buyer is told by a subscribe message.
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { maskPhone } from '../../src/domain/address'
import { CARRIER_CODES, carrierCode, TRACKING_NO } from '../../src/domain/order-carriers'
import type { Order } from '../../src/domain/order-types'
import { idSchema } from '../../src/domain/validation'
import type { Ctx } from '../context'
import { orderItems, payments } from '../db/schema'
import { defineOperation } from '../operation'
import { enqueueOrderShipped } from '../order/order-messages'
import { toOrder, type OrderRow } from '../order/order-view'
import { applyTransition } from '../order/transition'
import { requireOwnOrder } from './ownership'
import { WRITES } from '../limits/rate-limit'
import { text } from '../../src/domain/text-schema'

/** One order's shipment as merchant.ship and merchant.shipMany take it. */
export const shipmentSchema = z
  .object({
    orderId: idSchema,
    carrier: text({ max: 32 })
      .transform((value, ctx) => carrierCode(value) ?? (ctx.addIssue({ code: z.ZodIssueCode.custom, message: `快递公司应为 ${CARRIER_CODES.join(' / ')} 或其中文名` }), z.NEVER))
      .optional(),
    trackingNo: z.string().trim().regex(TRACKING_NO, '快递单号应为 6–32 位字母或数字').optional(),
  })
  .strict()

export const ship = defineOperation({
  input: shipmentSchema,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<Order> {
    const order = await requireOwnOrder(ctx, input.orderId)
    return toOrder(ctx.db, await shipOrderRow(ctx, order, input))
  },
})

/**
 * The guarded ship transition of one order the caller was already admitted to, in its own
 * transaction (with the WeChat shipment upload and the buyer's message).
 */
export async function shipOrderRow(ctx: Ctx, order: OrderRow, input: z.output<typeof shipmentSchema>): Promise<OrderRow> {
  if (order.delivery === 'express' && (!input.carrier || !input.trackingNo)) {
    throw new AppError('VALIDATION_FAILED', '快递发货需要选择快递公司并填写快递单号')
  }
  const now = ctx.now()
  const row = await ctx.db.transaction(async (tx) => {
    const shipped = await applyTransition(
      tx,
      'ship',
      { orderId: order.id },
      { shippedAt: now, carrier: input.carrier ?? null, trackingNo: input.trackingNo ?? null },
      now,
    )
    await enqueueOrderShipped(tx, shipped)
    const [payment] = await tx.select().from(payments).where(eq(payments.orderId, order.id)).limit(1)
    if (payment && payment.provider === ctx.platform.pay.provider) {
      const items = await tx.select({ title: orderItems.title, quantity: orderItems.quantity }).from(orderItems).where(eq(orderItems.orderId, order.id))
      try {
        await ctx.platform.shipping.uploadShippingInfo({
          transactionId: payment.transactionId,
          payerOpenid: shipped.buyerOpenid,
          delivery: shipped.delivery,
          carrier: shipped.carrier,
          trackingNo: shipped.trackingNo,
          itemDesc: items.map((item) => `${item.title}×${item.quantity}`).join('，'),
          receiverContact: shipped.address ? maskPhone(shipped.address.telNumber) : null,
          shippedAt: now,
        })
      } catch (error) {
        console.warn(`[merchant.ship] shipping upload for ${order.id} failed:`, error)
        throw new AppError('INTERNAL', '发货信息同步到微信失败，请稍后重试')
      }
    }
    return shipped
  })
  return row
}
