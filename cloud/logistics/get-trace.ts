// order.logistics { orderId } → Logistics: the parcel's trace from WeChat (logistics.getPath),
// for the order's buyer and for the store's people whose role may read it. Anyone else is
// refused as the store's orders refuse strangers. A WeChat failure is an answer, not an error:
// the page still shows the carrier and number, with the reason in Chinese.
import { AppError } from '../../src/domain/errors'
import { toNodes, type Logistics } from '../../src/domain/logistics'
import type { Ctx } from '../context'
import { admit } from '../merchant/own-store'
import { orderWithCallerRole } from '../merchant-orders/ownership'
import { defineOperation } from '../operation'
import type { OrderRow } from '../order/order-view'
import { orderIdInput } from '../order/order-input'
import { cachedTrace } from './trace-cache'

/** The buyer reads their own order's trace; the store's people read it through the role gate. */
async function readableOrder(ctx: Ctx, orderId: string): Promise<OrderRow> {
  const found = await orderWithCallerRole(ctx, orderId)
  if (found.order.buyerOpenid !== found.openid) admit(ctx, found.openid, found.owner, found.staffRole, '无权查看这个订单的物流')
  return found.order
}

async function askWechat(ctx: Ctx, order: OrderRow & { carrier: string; trackingNo: string; shippedAt: Date }): Promise<Logistics> {
  const now = ctx.now()
  const base = { orderId: order.id, carrier: order.carrier, trackingNo: order.trackingNo, fetchedAt: now.toISOString() }
  try {
    const path = await ctx.platform.logistics.getPath({
      orderId: order.id,
      openid: order.buyerOpenid,
      deliveryId: order.carrier,
      waybillId: order.trackingNo,
      shippedAt: order.shippedAt,
      now,
    })
    return { ...base, state: 'ok', nodes: toNodes(path.pathItemList) }
  } catch (error) {
    const code = (error as { errCode?: unknown }).errCode
    console.warn(`[order.logistics] getPath for ${order.id} failed:`, code ?? error)
    return {
      ...base,
      state: 'unavailable',
      nodes: [],
      message: `暂时查不到物流信息${typeof code === 'number' ? `（微信返回 ${code}）` : ''}，请稍后再试，或凭快递单号到快递公司查询`,
    }
  }
}

export const getTrace = defineOperation({
  input: orderIdInput,
  access: 'user',
  async run(ctx, { orderId }): Promise<Logistics> {
    const order = await readableOrder(ctx, orderId)
    const { carrier, trackingNo, shippedAt } = order
    if (order.delivery !== 'express' || !carrier || !trackingNo || !shippedAt) {
      throw new AppError('ORDER_STATE', '这个订单还没有快递单号，发货后可查看物流')
    }
    return cachedTrace(`${order.id}:${carrier}:${trackingNo}`, ctx.now(), () => askWechat(ctx, { ...order, carrier, trackingNo, shippedAt }))
  },
})
